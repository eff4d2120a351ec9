/* The task pane's page: its buttons wired to SorHubPane (taskpane.js), the messages in Thai first, English after. */
(function () {
  "use strict";
  if (typeof Office === "undefined") {
    return;
  }
  Office.onReady(function () {
    var base = window.location.origin;
    var env = { Office: Office, Excel: Excel };
    var $ = function (id) { return document.getElementById(id); };
    var auth = function () { return SorHubPane.authorization($("pane-user").value, $("pane-password").value); };
    var say = function (text) { $("pane-message").textContent = text; };
    // The unit the service read the workbook as, for the status button.
    var unit = null;
    var list = function (problems) {
      var ol = $("pane-problems");
      ol.textContent = "";
      problems.forEach(function (p) {
        var li = document.createElement("li");
        li.className = p.severity;
        li.textContent = (p.cell ? p.sheet + "!" + p.cell + ": " : "") + p.th + " / " + p.en;
        if (p.cell) {
          li.addEventListener("click", function () { SorHubPane.goTo(Excel, p); });
        }
        ol.appendChild(li);
      });
    };
    $("pane-check").addEventListener("click", function () {
      say("กำลังตรวจ… / Checking…");
      SorHubPane.check(env, base, auth()).then(function (checked) {
        unit = checked.unit;
        say(checked.accepted ? "ผ่านการตรวจ / Passes the checks" : "ไม่ผ่านการตรวจ / Does not pass");
        list(checked.problems);
      }, function (error) { say(error.message); });
    });
    $("pane-submit").addEventListener("click", function () {
      say("กำลังส่ง… / Sending…");
      SorHubPane.submit(env, base, auth()).then(function (receipt) {
        unit = receipt.unit || unit;
        say(receipt.version ? "ได้รับเป็นฉบับที่ " + receipt.version + " (" + receipt.status + ") / Received as version "
          + receipt.version : (receipt.th + " / " + receipt.en));
        list(receipt.problems || []);
      }, function (error) { say(error.message); });
    });
    $("pane-status").addEventListener("click", function () {
      var period = $("pane-period").value;
      if (!unit || !period) {
        say("ตรวจสอบไฟล์และใส่เดือนก่อน / Check the workbook and give the month first");
        return;
      }
      SorHubPane.status(base, unit, period, auth()).then(function (s) {
        say(s.unit + " " + s.period + ": " + s.status);
        list(s.latest ? s.latest.problems : []);
      }, function (error) { say(error.message); });
    });
  });
})();
