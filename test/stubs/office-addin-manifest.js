// Stand-in for office-addin-manifest under jest: office-addin-mock imports it only for the OfficeApp enum;
// the real package's dependency chain is ESM-only.
module.exports = {
  OfficeApp: {
    Excel: 'excel',
    OneNote: 'onenote',
    Outlook: 'outlook',
    PowerPoint: 'powerpoint',
    Project: 'project',
    Word: 'word',
  },
};
