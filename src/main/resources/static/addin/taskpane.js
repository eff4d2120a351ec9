/*
 * SOR-301 Hub task pane for Excel: check the open workbook with the service, mark each problem on its cell,
 * jump to it, send the workbook, and show the unit's status for the month. Runs in Excel (Office.js) and,
 * for its tests, in Node with office-addin-mock: Office, Excel and fetch are taken from the global scope.
 */
(function (root) {
  "use strict";

  var SLICE = 65536;
  var FILLS = { ERROR: "#FFC7CE", WARNING: "#FFEB9C", INFORMATION: "#DDEBF7" };

  /** The open workbook's bytes, read slice by slice (Office hands them over in pieces). */
  function readWorkbook(Office) {
    return new Promise(function (resolve, reject) {
      Office.context.document.getFileAsync(Office.FileType.Compressed, { sliceSize: SLICE }, function (opened) {
        if (opened.status !== Office.AsyncResultStatus.Succeeded) {
          reject(new Error("อ่านไฟล์ไม่ได้ / Cannot read the workbook: " + (opened.error && opened.error.message)));
          return;
        }
        var file = opened.value;
        var slices = [];
        var next = function (i) {
          if (i >= file.sliceCount) {
            file.closeAsync(function () {});
            var size = slices.reduce(function (n, s) { return n + s.length; }, 0);
            var bytes = new Uint8Array(size);
            var at = 0;
            slices.forEach(function (s) { bytes.set(s, at); at += s.length; });
            resolve(bytes);
            return;
          }
          file.getSliceAsync(i, function (slice) {
            if (slice.status !== Office.AsyncResultStatus.Succeeded) {
              file.closeAsync(function () {});
              reject(new Error("อ่านไฟล์ไม่ครบ / The workbook could not be read whole"));
              return;
            }
            slices.push(Uint8Array.from(slice.value.data));
            next(i + 1);
          });
        };
        next(0);
      });
    });
  }

  /** The workbook's own name ("สงป301_กยผ_2569-05.xlsx"), from the document's address. */
  function fileName(Office) {
    var url = (Office.context.document && Office.context.document.url) || "";
    var name = url.split(/[\\/]/).pop();
    return name && /\.xls[xm]?$/i.test(name) ? name : "workbook.xlsx";
  }

  function authorization(username, password) {
    var pair = username + ":" + password;
    var encoded = typeof btoa === "function" ? btoa(unescape(encodeURIComponent(pair)))
      : Buffer.from(pair, "utf8").toString("base64");
    return "Basic " + encoded;
  }

  /** POSTs the workbook to the API ("check" or "submissions") and returns the JSON answer, or throws its reason. */
  function send(base, path, bytes, name, auth, unit) {
    var form = new FormData();
    form.append("file", new Blob([bytes]), name);
    var address = base + "/api/v1/" + path + (unit ? "?unit=" + encodeURIComponent(unit) : "");
    return fetch(address, { method: "POST", body: form, headers: { Authorization: auth } }).then(answer);
  }

  function answer(response) {
    return response.json().then(function (body) {
      if (!response.ok) {
        var error = new Error(body.th + " / " + body.en);
        error.code = body.error;
        throw error;
      }
      return body;
    });
  }

  function status(base, unit, period, auth) {
    return fetch(base + "/api/v1/units/" + encodeURIComponent(unit) + "/months/" + encodeURIComponent(period),
      { headers: { Authorization: auth } }).then(answer);
  }

  /** Each problem's cell filled in the open workbook: red for an error, yellow for a warning, blue for a note. */
  function markProblems(Excel, problems) {
    return Excel.run(function (context) {
      problems.forEach(function (p) {
        if (p.sheet && p.cell) {
          var range = context.workbook.worksheets.getItem(p.sheet).getRange(p.cell);
          range.format.fill.color = p.forInformation ? FILLS.INFORMATION : FILLS[p.severity] || FILLS.WARNING;
        }
      });
      return context.sync();
    });
  }

  /** Shows a problem's cell: its sheet made active and the cell selected. */
  function goTo(Excel, problem) {
    return Excel.run(function (context) {
      var sheet = context.workbook.worksheets.getItem(problem.sheet);
      sheet.activate();
      sheet.getRange(problem.cell).select();
      return context.sync();
    });
  }

  /** Check: the workbook read, sent to the service, its problems marked; returns the service's answer. */
  function check(env, base, auth) {
    return readWorkbook(env.Office).then(function (bytes) {
      return send(base, "check", bytes, fileName(env.Office), auth);
    }).then(function (checked) {
      return markProblems(env.Excel, checked.problems).then(function () { return checked; });
    });
  }

  /** Submit: the workbook sent as the unit's report; returns the receipt. */
  function submit(env, base, auth, unit) {
    return readWorkbook(env.Office).then(function (bytes) {
      return send(base, "submissions", bytes, fileName(env.Office), auth, unit);
    });
  }

  var pane = { readWorkbook: readWorkbook, fileName: fileName, authorization: authorization, markProblems: markProblems,
    goTo: goTo, check: check, submit: submit, status: status };

  if (typeof module === "object" && module.exports) {
    module.exports = pane;
  } else {
    root.SorHubPane = pane;
  }
})(this);
