import {
  chmodSync,
  lstatSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  statSync,
  symlinkSync,
  writeFileSync,
} from "node:fs";
import { readFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { inflateSync, strFromU8, strToU8, Zip, ZipDeflate, ZipPassThrough } from "fflate";
import { describe, expect, it } from "vitest";
import { zipEntries } from "../../src/cli/docx/archive";
import { readInput } from "../../src/cli/readInput";
import { buildDocx, para } from "../fixtures/docx/package";
import { runMain } from "./runMain";

const dir = mkdtempSync(join(tmpdir(), "dangjian-pkg-"));
const path = (name: string) => join(dir, name);
const BODY = para("关于2026年党建工作的总结") + para("一、主要工作") + para("全年召开学习会12次。");

const run = (...args: string[]) => runMain(args, readInput);

/** A zip of these entries in this order, names as given (no object keyed by name in between). */
function zipOf(files: ReadonlyArray<readonly [string, Uint8Array]>): Uint8Array {
  const chunks: Uint8Array[] = [];
  const zip = new Zip((error, chunk) => {
    if (error) throw error;
    chunks.push(chunk);
  });
  for (const [name, data] of files) {
    const entry = /\.png$/.test(name)
      ? new ZipPassThrough(name)
      : new ZipDeflate(name, { level: 6 });
    zip.add(entry);
    entry.push(data, true);
  }
  zip.end();
  return Buffer.concat(chunks);
}

/** Every entry of a package, in order, decompressed: read without an object keyed by name. */
function unpack(bytes: Uint8Array): Array<[string, Uint8Array]> {
  return [...zipEntries(bytes).values()].map((e) => [
    e.name,
    e.method === 8 ? inflateSync(e.stored) : e.stored,
  ]);
}

/** buildDocx's package with some entries replaced, added (at the end) or removed (null). */
function craft(changes: Record<string, string | Uint8Array | null>, body = BODY): Uint8Array {
  const entries = new Map(unpack(buildDocx({ body, settings: '<w:zoom w:percent="100"/>' })));
  for (const [name, data] of Object.entries(changes)) {
    if (data === null) entries.delete(name);
    else entries.set(name, typeof data === "string" ? strToU8(data) : data);
  }
  return zipOf([...entries]);
}

const PNG = new Uint8Array([
  0x89,
  0x50,
  0x4e,
  0x47,
  0x0d,
  0x0a,
  0x1a,
  0x0a,
  ...Array.from({ length: 200 }, (_, i) => (i * 37) & 0xff),
]);
const RELS = (settingsTarget: string) =>
  `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">` +
  `<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/settings" Target="${settingsTarget}"/>` +
  `<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/image" Target="media/image1.png"/></Relationships>`;

describe("dangjian format changes only the parts it owns", () => {
  it("refuses to follow a settings relationship onto a picture, and leaves the picture alone", async () => {
    const types = strFromU8(
      unpack(craft({}))!.find(([n]) => n === "[Content_Types].xml")![1]
    ).replace("<Default ", '<Default Extension="png" ContentType="image/png"/><Default ');
    writeFileSync(
      path("image-settings.docx"),
      craft({
        "word/_rels/document.xml.rels": RELS("media/image1.png"),
        "word/media/image1.png": PNG,
        "[Content_Types].xml": types,
      })
    );
    const { code, err } = await run(
      "format",
      path("image-settings.docx"),
      "-o",
      path("image-settings-out.docx")
    );
    expect(code).toBe(2);
    expect(err).toContain("类型不符的部分（settings → word/media/image1.png）");
    expect(() => statSync(path("image-settings-out.docx"))).toThrow();
    // The check still reads it, taking nothing from the picture.
    expect((await run("check", path("image-settings.docx"))).err).toBe("");
  });

  it("keeps an entry named __proto__ and every other untouched entry byte for byte, and adds no stray entries", async () => {
    // A computed key: an own entry named __proto__, as a zip may hold one.
    const input = craft({
      ["__proto__"]: strToU8("保留原样"),
      "customXml/item1.xml": strToU8("<a>1</a>"),
    });
    writeFileSync(path("proto.docx"), input);
    expect((await run("format", path("proto.docx"), "-o", path("proto-out.docx"))).code).toBe(0);
    const before = zipEntries(input);
    const after = zipEntries(await readFile(path("proto-out.docx")));
    const names = [...after.keys()];
    expect(names.slice(0, before.size)).toEqual([...before.keys()]);
    expect(names.slice(before.size)).toEqual(["word/footerGbOdd.xml", "word/footerGbEven.xml"]);
    expect(strFromU8(inflateSync(after.get("__proto__")!.stored))).toBe("保留原样");
    for (const name of ["__proto__", "customXml/item1.xml", "_rels/.rels"]) {
      expect(
        Buffer.from(after.get(name)!.stored).equals(Buffer.from(before.get(name)!.stored)),
        name
      ).toBe(true);
      expect(after.get(name)!.crc).toBe(before.get(name)!.crc);
    }
  });

  it("keeps the input's permissions in place, and formats the document a link points to, keeping the link", async () => {
    writeFileSync(path("private.docx"), craft({}));
    chmodSync(path("private.docx"), 0o600);
    expect((await run("format", path("private.docx"), "--in-place")).code).toBe(0);
    expect(statSync(path("private.docx")).mode & 0o777).toBe(0o600);

    mkdirSync(path("real"));
    writeFileSync(path("real/总结.docx"), craft({}));
    symlinkSync(path("real/总结.docx"), path("链接.docx"));
    const { code, out } = await run("format", path("链接.docx"), "--in-place");
    expect(code).toBe(0);
    expect(out).toContain(path("real/总结.docx"));
    expect(lstatSync(path("链接.docx")).isSymbolicLink()).toBe(true);
    expect([...zipEntries(await readFile(path("real/总结.docx"))).keys()]).toContain(
      "word/footerGbOdd.xml"
    );
  });

  it("leaves no temporary file when the output cannot be written", async () => {
    mkdirSync(path("out-folder.docx"));
    writeFileSync(path("plain.docx"), craft({}));
    const { code, err } = await run("format", path("plain.docx"), "-o", path("out-folder.docx"));
    expect(code).toBe(2);
    expect(err).toContain("这是一个文件夹");
    expect(readdirSync(dir).filter((n) => n.endsWith(".tmp"))).toEqual([]);
  });

  it("refuses a package without [Content_Types].xml, which Word cannot open", async () => {
    writeFileSync(path("no-types.docx"), craft({ "[Content_Types].xml": null }));
    const { code, err } = await run(
      "format",
      path("no-types.docx"),
      "-o",
      path("no-types-out.docx")
    );
    expect(code).toBe(2);
    expect(err).toContain("缺少 [Content_Types].xml");
    expect(() => statSync(path("no-types-out.docx"))).toThrow();
  });

  it("says a password-protected .docx is encrypted, not an old .doc", async () => {
    const name = new Uint8Array([..."EncryptedPackage"].flatMap((c) => [c.charCodeAt(0), 0]));
    const ole = new Uint8Array(2048);
    ole.set([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
    ole.set(name, 1024 + 128);
    writeFileSync(path("secret.docx"), ole);
    const checked = await run("check", path("secret.docx"));
    expect(checked.out).toContain("已加密");
    expect(checked.out).not.toContain(".doc/.wps");
    expect((await run("format", path("secret.docx"), "-o", path("secret-out.docx"))).err).toContain(
      "已加密"
    );
  });

  it("gives the reason a folder or a link loop cannot be formatted", async () => {
    mkdirSync(path("folder.docx"));
    expect((await run("format", path("folder.docx"), "-o", path("f-out.docx"))).err).toContain(
      "这是一个文件夹"
    );
    symlinkSync(path("loop2.docx"), path("loop1.docx"));
    symlinkSync(path("loop1.docx"), path("loop2.docx"));
    expect((await run("format", path("loop1.docx"), "-o", path("l-out.docx"))).err).toContain(
      "符号链接形成了循环"
    );
    expect((await run("format", path("loop1.docx"), "--in-place")).err).toContain(
      "符号链接形成了循环"
    );
  });

  it("formats a well-formed file with > inside attribute values, as the check reads it", async () => {
    const body = `<w:p w:rsidR="a>b"><w:pPr w:x="c>d"><w:jc w:val="left"/></w:pPr><w:r w:rsidR="x>y"><w:rPr w:z="1>2"><w:sz w:val="20"/></w:rPr><w:t>关于2026年党建工作的总结</w:t></w:r></w:p>${para("一、主要工作")}`;
    const settings = strFromU8(
      unpack(craft({}))!.find(([n]) => n === "word/settings.xml")![1]
    ).replace("<w:zoom ", '<w:zoom w:note="a>b" ');
    writeFileSync(path("gt.docx"), craft({ "word/settings.xml": settings }, body));
    expect((await run("check", path("gt.docx"))).err).toBe("");
    const { code, err } = await run("format", path("gt.docx"), "-o", path("gt-out.docx"));
    expect(err).toBe("");
    expect(code).toBe(0);
    const out = await readFile(path("gt-out.docx"));
    const document = strFromU8(unpack(out).find(([n]) => n === "word/document.xml")![1]);
    expect(document).toContain('<w:r w:rsidR="x>y"><w:rPr w:z="1>2">');
    expect(document).toContain("关于2026年党建工作的总结");
    expect(strFromU8(unpack(out).find(([n]) => n === "word/settings.xml")![1])).toMatch(
      /<w:evenAndOddHeaders\/><\/w:settings>$/
    );
  });

  it("refuses a package that holds word/document.xml twice", async () => {
    const entries = unpack(craft({}));
    const document = entries.find(([n]) => n === "word/document.xml")!;
    writeFileSync(
      path("twice.docx"),
      zipOf([
        ...entries,
        [document[0], strToU8(strFromU8(document[1]).replace("一、主要工作", "另一份正文"))],
      ])
    );
    const checked = await run("check", path("twice.docx"));
    expect(checked.code).toBe(2);
    expect(checked.out).toContain("两个同名的部分（word/document.xml）");
    expect((await run("format", path("twice.docx"), "-o", path("twice-out.docx"))).err).toContain(
      "两个同名的部分"
    );
  });
});
