// The task pane's own code (src/main/resources/static/addin/taskpane.js) driven with office-addin-mock against the
// running service: SOR_HUB_URL, SOR_HUB_USER, SOR_HUB_PASSWORD and SOR_HUB_WORKBOOK come from AddinPaneTest.
const test = require("node:test");
const assert = require("node:assert");
const fs = require("node:fs");
const path = require("node:path");
const { OfficeMockObject } = require("office-addin-mock");
const pane = require("../../main/resources/static/addin/taskpane.js");

const base = process.env.SOR_HUB_URL;
const workbook = fs.readFileSync(process.env.SOR_HUB_WORKBOOK);
const auth = pane.authorization(process.env.SOR_HUB_USER, process.env.SOR_HUB_PASSWORD);

/**
 * Office's common API with the open workbook, its bytes handed over in slices of 4 KiB as Excel does. A plain
 * object: that API needs no load and sync, which office-addin-mock would ask for.
 */
function office() {
  const sliceSize = 4096;
  const file = {
    sliceCount: Math.ceil(workbook.length / sliceSize),
    getSliceAsync(i, callback) {
      callback({ status: "succeeded", value: { data: Array.from(workbook.subarray(i * sliceSize, (i + 1) * sliceSize)) } });
    },
    closeAsync(callback) { callback({ status: "succeeded" }); },
  };
  return {
    FileType: { Compressed: "compressed" },
    AsyncResultStatus: { Succeeded: "succeeded", Failed: "failed" },
    context: {
      document: {
        url: "C:\\Users\\unit\\Documents\\" + path.basename(process.env.SOR_HUB_WORKBOOK),
        getFileAsync(type, options, callback) {
          assert.strictEqual(type, "compressed");
          callback({ status: "succeeded", value: file });
        },
      },
    },
  };
}

/** Excel through office-addin-mock: the sheets and ranges the pane asks for, and the cells it touched. */
function excel() {
  const asked = { sheets: [], ranges: [] };
  const mock = new OfficeMockObject({
    context: {
      workbook: {
        worksheets: {
          sheet: {
            activated: false,
            range: { selected: false, format: { fill: { color: "none" } }, select() { this.selected = true; } },
            activate() { this.activated = true; },
            getRange(address) { asked.ranges.push(address); return this.range; },
          },
          getItem(name) { asked.sheets.push(name); return this.sheet; },
        },
      },
    },
    run: async function (callback) { return callback(this.context); },
  });
  mock.asked = asked;
  return mock;
}

test("Check reads the open workbook, lists its problems and colours each cell", async () => {
  const env = { Office: office(), Excel: excel() };
  const checked = await pane.check(env, base, auth);
  assert.strictEqual(checked.file, path.basename(process.env.SOR_HUB_WORKBOOK));
  assert.strictEqual(checked.accepted, false);
  const notANumber = checked.problems.find((p) => p.rule === "NOT_A_NUMBER");
  assert.ok(notANumber, JSON.stringify(checked.problems));
  assert.strictEqual(notANumber.cell, "AA9");
  assert.match(notANumber.th, /ประมาณ 12/);
  const marked = checked.problems.filter((p) => p.sheet && p.cell).map((p) => p.cell);
  assert.deepStrictEqual(env.Excel.asked.ranges, marked, "each problem's cell, and only those");
  assert.ok(env.Excel.asked.sheets.every((s) => s === "ผลการดำเนินงาน"), "the problems' own sheet");
  const range = env.Excel.context.workbook.worksheets.sheet.range;
  range.format.fill.load("color");
  await env.Excel.context.sync();
  assert.strictEqual(range.format.fill.color, "#FFC7CE", "the error's cell filled red");

  await pane.goTo(env.Excel, notANumber);
  assert.strictEqual(range.selected, true);
  assert.strictEqual(env.Excel.context.workbook.worksheets.sheet.activated, true);
});

test("Submit sends the workbook as the unit's report, and its status follows", async () => {
  const env = { Office: office(), Excel: excel() };
  const receipt = await pane.submit(env, base, auth);
  assert.strictEqual(receipt.status, "REJECTED");
  assert.strictEqual(receipt.version, 1);
  const status = await pane.status(base, receipt.unit, "2569-05", auth);
  assert.strictEqual(status.status, "REJECTED");
  assert.strictEqual(status.latest.id, receipt.id);
});

test("A wrong password is refused with the reason in Thai and English", async () => {
  const env = { Office: office(), Excel: excel() };
  await assert.rejects(pane.check(env, base, pane.authorization(process.env.SOR_HUB_USER, "wrong")),
    (error) => error.code === "SIGN_IN_REQUIRED" && /กรุณาเข้าสู่ระบบ/.test(error.message) && /Sign in/.test(error.message));
});

test("The manifest the service serves is read by office-addin-manifest as an Excel task pane pointing at it", async () => {
  const { OfficeAddinManifest } = require("office-addin-manifest");
  const os = require("node:os");
  const response = await fetch(base + "/addin/manifest.xml");
  assert.strictEqual(response.status, 200);
  const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), "manifest-")), "manifest.xml");
  fs.writeFileSync(file, await response.text());
  const info = await OfficeAddinManifest.readManifestFile(file);
  assert.match(info.id, /^[0-9a-f-]{36}$/);
  assert.strictEqual(info.version, "1.0.0.0");
  assert.deepStrictEqual(info.hosts, ["Workbook"]);
  assert.strictEqual(info.displayName, "สงป. 301 ตรวจและส่ง");
  assert.strictEqual(info.defaultSettings.sourceLocation, base + "/addin/taskpane.html");
});
