// Stands in for office.js in the first-render benchmark: Word, WordApi 1.3, ready at once.
window.Office = {
  HostType: { Word: "Word" },
  onReady: function (callback) {
    var info = { host: "Word", platform: "PC" };
    // Like office.js: a callback as well as a promise (the task-pane template passes one).
    if (callback)
      Promise.resolve().then(function () {
        callback(info);
      });
    return Promise.resolve(info);
  },
  context: {
    requirements: {
      isSetSupported: function () {
        return true;
      },
    },
    officeTheme: { bodyBackgroundColor: "#ffffff" },
  },
};
