// Builds the task pane, the playground and the manifest into dist/. ADDIN_BASE_URL: where the
// production add-in is hosted (default: the development URL). OFFICE_JS_URL: load office.js from
// there instead of the copy served beside the task pane. OFFICE_JS_DIR: serve the office.js files
// found in that folder (a current copy from Microsoft's CDN) instead of the npm package's.
const path = require("path");
const HtmlWebpackPlugin = require("html-webpack-plugin");
const CopyWebpackPlugin = require("copy-webpack-plugin");
const { EsbuildPlugin } = require("esbuild-loader");

const DEV_URL = "https://localhost:3000/";
const OFFICE_DIST = process.env.OFFICE_JS_DIR
  ? officeJsDir(process.env.OFFICE_JS_DIR)
  : path.dirname(require.resolve("@microsoft/office-js/dist/office.js"));

/** A folder of office.js files given by the deployer: it must hold office.js itself. */
function officeJsDir(dir) {
  const resolved = path.resolve(dir);
  if (!require("fs").existsSync(path.join(resolved, "office.js"))) {
    console.error(
      `OFFICE_JS_DIR=${dir} 中没有 office.js。请把从微软 CDN 下载的 office.js 及其 Word 文件放在这个文件夹中。No office.js in OFFICE_JS_DIR.`
    );
    process.exit(2);
  }
  return resolved;
}

/**
 * The dev server's port: PORT, the package's config, or 3000; a Chinese message instead of
 * webpack's when it is not a port.
 */
function devServerPort() {
  const text = process.env.PORT || process.env.npm_package_config_dev_server_port || "3000";
  const port = Number(text);
  if (process.env.WEBPACK_SERVE && !(Number.isInteger(port) && port >= 0 && port <= 65535)) {
    console.error(`PORT=${text} 不是有效的端口号（0–65535 的整数）。Invalid PORT.`);
    process.exit(2);
  }
  return port;
}

/** The files office.js loads for Word, relative to its own URL. */
const OFFICE_FILES = [
  "office.js",
  "o15apptofilemappingtable.js",
  "word-*.js",
  "wordios-*.js",
  "zh-cn/office_strings.js",
  "en-us/office_strings.js",
];

function baseUrl(production) {
  const url = production ? process.env.ADDIN_BASE_URL || DEV_URL : DEV_URL;
  if (!/^https:\/\//.test(url))
    throw new Error(`ADDIN_BASE_URL must be an https:// URL, got ${url}`);
  return url.endsWith("/") ? url : `${url}/`;
}

function rewriteManifest(content, url) {
  const origin = new URL(url).origin;
  return content.toString().split(DEV_URL).join(url).split(new URL(DEV_URL).origin).join(origin);
}

async function httpsOptions() {
  try {
    return await require("office-addin-dev-certs").getHttpsServerOptions();
  } catch {
    return undefined; // No sideload tooling here (Linux): serve the playground over http.
  }
}

/**
 * The chunks the live first screen waits for: fetched beside the entry script instead of after it
 * has run. None now: the first tab is part of the entry script (src/taskpane/App.tsx), so the
 * first screen waits for one request.
 */
const FIRST_SCREEN_CHUNKS = [];

/**
 * The scripts the pane loads before its first screen is live: the entry and the first tab's chunks.
 */
function firstScreenScripts(compilation) {
  const files = ["taskpane", ...FIRST_SCREEN_CHUNKS].flatMap(
    (name) => compilation.namedChunkGroups.get(name)?.getFiles() ?? []
  );
  return [...new Set(files)].filter((file) => file.endsWith(".js"));
}

/**
 * A second minifier pass, with terser, over the scripts the first screen waits for. esbuild keeps
 * the declarations a module no longer uses (webpack leaves every export in, the icons' by the
 * thousand, and esbuild only empties them); terser drops them. Limited to these scripts: terser is
 * slow.
 */
class MinifyFirstScreen {
  apply(compiler) {
    compiler.hooks.compilation.tap("MinifyFirstScreen", (compilation) => {
      compilation.hooks.processAssets.tapPromise(
        {
          name: "MinifyFirstScreen",
          // After esbuild has minified them, before the file names' hashes are worked out again.
          stage: compiler.webpack.Compilation.PROCESS_ASSETS_STAGE_OPTIMIZE_SIZE + 1,
        },
        async () => {
          const { minify } = await import("terser");
          for (const file of firstScreenScripts(compilation)) {
            const source = compilation.getAsset(file).source.source().toString();
            const { code } = await minify(source, {
              ecma: 2019,
              compress: true,
              mangle: true,
              format: { comments: false },
            });
            compilation.updateAsset(file, new compiler.webpack.sources.RawSource(code));
          }
        }
      );
    });
  }
}

/**
 * After a production build, draws the 模板 tab's first screen into taskpane.html
 * (scripts/prerender.mjs).
 */
class DrawFirstScreen {
  apply(compiler) {
    compiler.hooks.afterEmit.tapPromise("DrawFirstScreen", async (compilation) => {
      const { prerenderFile } = await import("./scripts/prerender.mjs");
      // The first tab's scripts, beside the entry script the page names already.
      const entry = compilation.namedChunkGroups.get("taskpane").getFiles();
      const preload = firstScreenScripts(compilation).filter((file) => !entry.includes(file));
      await prerenderFile(path.join(compiler.options.output.path, "taskpane.html"), preload);
    });
  }
}

// —— WPS 文字 加载项 (src/wps): its own pages under wps/, no office.js; the Word pages are
// untouched. ——
/** The WPS entries, pages and deployment files for an add-in served at `url` + "wps/". */
function wpsBuild(url, production) {
  const wpsUrl = `${url}wps/`;
  const fill = (content) =>
    content
      .toString()
      .split("{{WPS_URL}}")
      .join(wpsUrl)
      .split("{{VERSION}}")
      .join(require("./package.json").version);
  const page = (filename, template, chunks) =>
    // Pages one folder down load their scripts from the root; the pane's chunks follow its script
    // ("auto").
    new HtmlWebpackPlugin({
      filename,
      template,
      chunks,
      publicPath: "../",
      scriptLoading: "defer",
    });
  return {
    entry: {
      wps: { import: "./src/wps/index.tsx", publicPath: "auto" },
      "wps-ribbon": "./src/wps/ribbon.ts",
    },
    plugins: [
      page("wps/index.html", "./src/wps/ribbon.html", ["wps-ribbon"]),
      page("wps/taskpane.html", "./src/wps/taskpane.html", ["wps"]),
      new CopyWebpackPlugin({
        patterns: [
          { from: "src/wps/ribbon.xml", to: "wps/ribbon.xml" },
          { from: "assets/icon-32.png", to: "wps/icon-32.png" },
          ...[
            "jsplugins.xml",
            "jsplugins-offline.xml",
            "oem.ini",
            "publish.xml",
            "publish.html",
          ].map((file) => ({ from: `src/wps/deploy/${file}`, to: `wps/${file}`, transform: fill })),
        ],
      }),
      // Written to disk after a production build; the dev server keeps its output in memory.
      ...(production ? [new WpsOfflinePackage()] : []),
    ],
  };
}

/**
 * After the build, the offline package wps/dangjian-writer.7z with the scripts the WPS entries load
 * (scripts/wps).
 */
class WpsOfflinePackage {
  apply(compiler) {
    compiler.hooks.afterEmit.tapPromise("WpsOfflinePackage", async (compilation) => {
      const { writeOfflinePackage } = await import("./scripts/wps/offlinePackage.mjs");
      const files = new Set();
      const seen = new Set();
      const visit = (group) => {
        if (seen.has(group)) return;
        seen.add(group);
        for (const chunk of group.chunks)
          for (const file of chunk.files) if (file.endsWith(".js")) files.add(file);
        // Lazy chunks, and workers (the check runs in one), which webpack counts as entry points of
        // their own.
        for (const child of [...group.childrenIterable, ...group.asyncEntrypointsIterable])
          visit(child);
      };
      for (const name of ["wps", "wps-ribbon"]) visit(compilation.namedChunkGroups.get(name));
      writeOfflinePackage(compiler.options.output.path, "dangjian-writer", [...files]);
    });
  }
}

module.exports = async (env, options) => {
  const production = options.mode === "production";
  const url = baseUrl(production);
  const officeJsUrl = process.env.OFFICE_JS_URL || "office/office.js";
  const https = production ? undefined : await httpsOptions();
  const wps = wpsBuild(url, production);
  return {
    devtool: production ? false : "source-map",
    entry: {
      taskpane: "./src/taskpane/index.tsx",
      playground: "./src/playground/index.tsx",
      ...wps.entry,
    },
    output: {
      path: path.resolve(__dirname, "dist"),
      filename: production ? "[name].[contenthash:8].js" : "[name].js",
      chunkFilename: production ? "[name].[contenthash:8].js" : "[name].js",
      publicPath: "",
      clean: true,
    },
    resolve: { extensions: [".ts", ".tsx", ".js"] },
    module: {
      rules: [
        {
          test: /\.[jt]sx?$/,
          exclude: /node_modules/,
          // Last to first: esbuild compiles TypeScript, then Griffel turns makeStyles into
          // precompiled styles, so the pane ships no style compiler.
          use: [
            { loader: "@griffel/webpack-loader" },
            {
              loader: "esbuild-loader",
              options: { target: "es2019", jsx: "automatic", supported: { "import-meta": true } },
            },
          ],
        },
        {
          test: /\.(png|svg)$/,
          type: "asset/resource",
          generator: { filename: "assets/[name][ext]" },
        },
        {
          test: /[\\/]content[\\/]formulations[\\/][^\\/]+\.json$/,
          loader: path.resolve(__dirname, "scripts/research-notes-loader.mjs"),
        },
      ],
    },
    optimization: {
      minimizer: [new EsbuildPlugin({ target: "es2019", legalComments: "none", charset: "utf8" })],
    },
    performance: { hints: false },
    plugins: [
      new HtmlWebpackPlugin({
        filename: "taskpane.html",
        template: "./src/taskpane/taskpane.html",
        chunks: ["taskpane"],
        scriptLoading: "defer",
        templateParameters: { officeJsUrl },
      }),
      new HtmlWebpackPlugin({
        filename: "index.html",
        template: "./src/playground/playground.html",
        chunks: ["playground"],
        scriptLoading: "defer",
      }),
      ...(production ? [new MinifyFirstScreen(), new DrawFirstScreen()] : []),
      ...wps.plugins,
      new CopyWebpackPlugin({
        patterns: [
          { from: "assets/*.png", to: "assets/[name][ext]" },
          { from: "src/help.html", to: "help.html" },
          // An organisation's library file with its requirements, served for the playground and as
          // a model.
          { from: "examples/organisation-2026.json", to: "examples/organisation-2026.json" },
          {
            from: "manifest.xml",
            to: "manifest.xml",
            transform: (content) => rewriteManifest(content, url),
          },
          ...(process.env.OFFICE_JS_URL
            ? []
            : OFFICE_FILES.map((file) => ({
                from: file,
                context: OFFICE_DIST,
                to: file.includes("*") ? "office/[name][ext]" : `office/${file}`,
                globOptions: { ignore: ["**/*.debug.js"] },
                // Only office.js itself must be there: a copy taken from the CDN may leave out a
                // platform or a language.
                noErrorOnMissing: file !== "office.js",
                // Copied as published: the minifier would wrap each file in a function and hide
                // OSF, Word and OfficeExtension.
                info: { minimized: true },
              }))),
        ],
      }),
    ],
    devServer: {
      static: { directory: path.resolve(__dirname, "dist") },
      headers: { "Access-Control-Allow-Origin": "*" },
      server: https ? { type: "https", options: https } : "http",
      port: devServerPort(),
      client: { overlay: { warnings: false } },
    },
  };
};
