// Stand-in for office-addin-manifest under jest: office-addin-mock imports it but the mock never calls it.
module.exports = {};
