using System.Text;

namespace Crm.Modules.Contacts.Features.ExportContacts;

/// <summary>A contact as a vCard 4.0 (RFC 6350): names, emails and phone numbers (the primary one preferred), title, organisation, address, categories.</summary>
internal static class VCardWriter
{
    /// <summary>The contacts one after the other, sent in pieces of about 64 KB.</summary>
    public static async Task WriteAsync(IAsyncEnumerable<ExportedContact> rows, Stream output, CancellationToken cancellationToken)
    {
        var text = new StringBuilder();
        await foreach (var row in rows.WithCancellation(cancellationToken))
        {
            Append(text, row);
            if (text.Length > 64 * 1024)
            {
                await output.WriteAsync(Encoding.UTF8.GetBytes(text.ToString()), cancellationToken);
                text.Clear();
            }
        }

        await output.WriteAsync(Encoding.UTF8.GetBytes(text.ToString()), cancellationToken);
    }

    public static void Append(StringBuilder text, ExportedContact row)
    {
        var c = row.Contact;
        text.Append("BEGIN:VCARD\r\nVERSION:4.0\r\n");
        Line(text, "UID", $"urn:uuid:{c.Id.Value}", escape: false);
        Line(text, "FN", $"{c.FirstName} {c.LastName}".Trim());
        text.Append("N:").Append(Escape(c.LastName)).Append(';').Append(Escape(c.FirstName)).Append(";;;\r\n");
        foreach (var email in c.Emails)
        {
            Line(text, email.IsPrimary ? "EMAIL;PREF=1" : "EMAIL", email.Address);
        }

        foreach (var phone in c.Phones)
        {
            Line(text, phone.IsPrimary ? "TEL;VALUE=uri;PREF=1" : "TEL;VALUE=uri", $"tel:{phone.Number}", escape: false);
        }

        if (c.JobTitle is { } title)
        {
            Line(text, "TITLE", title);
        }

        if (row.Companies.Count > 0)
        {
            Line(text, "ORG", row.Companies[0]);
        }

        var a = c.Address;
        if (a.Street is not null || a.City is not null || a.PostalCode is not null || a.CountryCode is not null)
        {
            text.Append("ADR:;;").Append(Escape(a.Street)).Append(';').Append(Escape(a.City)).Append(';').Append(Escape(a.Region))
                .Append(';').Append(Escape(a.PostalCode)).Append(';').Append(Escape(a.CountryCode)).Append("\r\n");
        }

        if (c.Tags.Count > 0)
        {
            Line(text, "CATEGORIES", string.Join(',', c.Tags.Select(Escape)), escape: false);
        }

        text.Append("END:VCARD\r\n");
    }

    private static void Line(StringBuilder text, string name, string value, bool escape = true) =>
        text.Append(name).Append(':').Append(escape ? Escape(value) : value).Append("\r\n");

    private static string Escape(string? value) =>
        (value ?? string.Empty).Replace("\\", "\\\\", StringComparison.Ordinal).Replace(",", "\\,", StringComparison.Ordinal)
            .Replace(";", "\\;", StringComparison.Ordinal).Replace("\r\n", "\\n", StringComparison.Ordinal).Replace("\n", "\\n", StringComparison.Ordinal);
}
