/** Reading inquiries from a council information system through OParl 1.0/1.1 (https://oparl.org). */
export {
  createOParlClient,
  typeName,
  type ClientOptions,
  type HttpGet,
  type HttpRequest,
  type HttpResponse,
  type OParlClient,
  type OParlObject,
} from "./client";
export { describeOParlError, oparlFailureOf, OParlError, OPARL_FAILURES, type OParlFailureKind } from "./errors";
export {
  inquiryValues,
  MAX_INQUIRY_TEXT,
  oparlDate,
  paperKind,
  readInquiry,
  recentPapers,
  type OParlInquiry,
  type PaperSummary,
} from "./inquiries";
