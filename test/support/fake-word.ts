/**
 * The Word stand-in lives in src/preview/word: the preview outside Word runs the add-in's real src/word code on
 * it, and the tests of src/word do the same here. This file keeps the tests' import path.
 */
export * from "../../src/preview/word";
