namespace Crm.Modules.Contacts.Features.Imports;

/// <summary>Text from a file made storable: NUL and other control characters dropped (databases refuse NUL in text), line breaks and tabs made spaces, trimmed.</summary>
internal static class ImportText
{
    public static string Clean(string text) =>
        text.Any(char.IsControl)
            ? new string([.. text.Select(c => c is '\r' or '\n' or '\t' ? ' ' : c).Where(c => !char.IsControl(c))]).Trim()
            : text.Trim();
}
