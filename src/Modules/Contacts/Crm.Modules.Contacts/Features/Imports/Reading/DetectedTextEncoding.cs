using System.Text;

namespace Crm.Modules.Contacts.Features.Imports.Reading;

/// <summary>The encoding of a text file and the length of its byte order mark (0 without one).</summary>
internal readonly record struct DetectedTextEncoding(Encoding Encoding, int BomLength)
{
    public string Name => Encoding.WebName;

    public bool IsUtf16 => Encoding.CodePage is 1200 or 1201;

    public string Decode(ReadOnlySpan<byte> bytes) => Encoding.GetString(bytes[Math.Min(BomLength, bytes.Length)..]);
}
