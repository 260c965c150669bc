namespace Crm.Modules.Contacts.Features.Common;

/// <summary>
/// Text written to a file a spreadsheet opens: a cell beginning with = + - @ (or a tab or carriage return) would be
/// run as a formula, so it gets a leading apostrophe, which spreadsheets show as text (OWASP, CSV injection).
/// </summary>
internal static class SpreadsheetText
{
    public static string Inert(string text) => text.Length > 0 && text[0] is '=' or '+' or '-' or '@' or '\t' or '\r' ? "'" + text : text;
}
