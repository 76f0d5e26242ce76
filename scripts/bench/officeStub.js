// Stands in for office.js in the first-render benchmark: Word, WordApi 1.3, ready at once.
window.Office = {
  HostType: { Word: "Word" },
  onReady: function () {
    return Promise.resolve({ host: "Word", platform: "PC" });
  },
  context: {
    requirements: { isSetSupported: function () { return true; } },
    officeTheme: { bodyBackgroundColor: "#ffffff" },
  },
};
