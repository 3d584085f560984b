// Stylesheets are webpack's business; under Jest an imported .css file is an empty module.
module.exports = {};
