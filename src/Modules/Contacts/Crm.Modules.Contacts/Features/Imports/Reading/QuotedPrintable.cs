using System.Globalization;
using System.Text;

namespace Crm.Modules.Contacts.Features.Imports.Reading;

/// <summary>Decodes quoted-printable text (vCard 2.1's ENCODING=QUOTED-PRINTABLE) in its CHARSET.</summary>
internal static class QuotedPrintable
{
    /// <param name="text">The value, soft line breaks already joined.</param>
    /// <param name="charset">The CHARSET parameter; without one (or an unknown one) UTF-8 when the bytes are UTF-8, else windows-1252.</param>
    public static string Decode(string text, string? charset)
    {
        var bytes = new List<byte>(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c == '=' && i + 2 < text.Length && IsHexPair(text, i + 1, out var value))
            {
                bytes.Add(value);
                i += 2;
            }
            else if (c == '=' && i == text.Length - 1)
            {
                // A soft line break left at the very end.
            }
            else if (c < 0x80)
            {
                bytes.Add((byte)c);
            }
            else
            {
                bytes.AddRange(Encoding.UTF8.GetBytes(c.ToString()));
            }
        }

        var span = bytes.ToArray();
        var encoding = TextEncodingDetector.Find(charset)
            ?? (TextEncodingDetector.IsUtf8(span, isWholeFile: true) ? Encoding.UTF8 : TextEncodingDetector.Windows1252);
        return encoding.GetString(span);
    }

    private static bool IsHexPair(string text, int start, out byte value) =>
        byte.TryParse(text.AsSpan(start, 2), NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out value);
}
