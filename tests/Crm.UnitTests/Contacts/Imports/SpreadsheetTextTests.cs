using Crm.Modules.Contacts.Features.Common;

namespace Crm.UnitTests.Contacts.Imports;

internal sealed class SpreadsheetTextTests
{
    [TestCase("=HYPERLINK(\"http://x\")", "'=HYPERLINK(\"http://x\")")]
    [TestCase("+33 6 12", "'+33 6 12")]
    [TestCase("-2", "'-2")]
    [TestCase("@SUM(A1)", "'@SUM(A1)")]
    [TestCase("E-mail", "E-mail")]
    [TestCase("", "")]
    public void Inert_WhenTextWouldRunAsAFormula_MakesItText(string text, string written) =>
        Assert.That(SpreadsheetText.Inert(text), Is.EqualTo(written));
}
