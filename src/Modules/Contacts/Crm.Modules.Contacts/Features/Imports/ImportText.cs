namespace Crm.Modules.Contacts.Features.Imports;

/// <summary>Text from a file made storable: NUL and other control characters dropped (databases refuse NUL in text), line breaks and tabs made spaces, trimmed.</summary>
internal static class ImportText
{
    public static string Clean(string text) =>
        text.Any(char.IsControl)
            ? new string([.. text.Select(c => c is '\r' or '\n' or '\t' ? ' ' : c).Where(c => !char.IsControl(c))]).Trim()
            : text.Trim();

    /// <summary>As <see cref="Clean"/>, but the line breaks of a longer text (a comment) are kept, as Markdown reads them.</summary>
    public static string CleanKeepingLines(string text) =>
        new string([.. text.Replace("\r\n", "\n", StringComparison.Ordinal).Select(c => c is '\r' or '\t' ? ' ' : c).Where(c => c == '\n' || !char.IsControl(c))]).Trim();
}
