using System.Text;

namespace Crm.Modules.Contacts.Features.Imports.Reading;

/// <summary>
/// Finds the encoding of a text file from its first bytes: a byte order mark wins; else text that is valid UTF-8 is
/// UTF-8; else it is windows-1252, as French Excel writes its CSV exports.
/// </summary>
internal static class TextEncodingDetector
{
    private const int BinaryProbeLength = 8 * 1024;

    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    static TextEncodingDetector() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    public static Encoding Windows1252 => Encoding.GetEncoding(1252);

    private static ReadOnlySpan<byte> Utf8Bom => [0xEF, 0xBB, 0xBF];

    private static ReadOnlySpan<byte> Utf16LittleEndianBom => [0xFF, 0xFE];

    private static ReadOnlySpan<byte> Utf16BigEndianBom => [0xFE, 0xFF];

    /// <param name="head">The first bytes of the file.</param>
    /// <param name="isWholeFile">False when <paramref name="head"/> is cut from a longer file, so may end inside a character.</param>
    public static DetectedTextEncoding Detect(ReadOnlySpan<byte> head, bool isWholeFile)
    {
        if (head.StartsWith(Utf8Bom))
        {
            return new(Encoding.UTF8, 3);
        }

        if (head.StartsWith(Utf16LittleEndianBom))
        {
            return new(Encoding.Unicode, 2);
        }

        if (head.StartsWith(Utf16BigEndianBom))
        {
            return new(Encoding.BigEndianUnicode, 2);
        }

        return new(IsUtf8(head, isWholeFile) ? Encoding.UTF8 : Windows1252, 0);
    }

    public static bool IsUtf8(ReadOnlySpan<byte> bytes, bool isWholeFile)
    {
        try
        {
            // Without flush, a sequence cut at the end of a sample is kept for later instead of failing.
            StrictUtf8.GetDecoder().GetCharCount(bytes, flush: isWholeFile);
            return true;
        }
        catch (DecoderFallbackException)
        {
            return false;
        }
    }

    /// <summary>
    /// Whether the first bytes are not text: NUL bytes (in a file without a UTF-16 byte order mark), or many control
    /// characters.
    /// </summary>
    public static bool LooksBinary(ReadOnlySpan<byte> head, DetectedTextEncoding encoding)
    {
        var probe = head[..Math.Min(head.Length, BinaryProbeLength)];
        if (!encoding.IsUtf16 && probe.Contains((byte)0))
        {
            return true;
        }

        var text = encoding.Decode(probe);
        var controls = 0;
        foreach (var c in text)
        {
            if (c == '\0')
            {
                return true;
            }

            // 0x1A is the end-of-file mark some old DOS tools still append.
            if (char.IsControl(c) && c is not ('\t' or '\n' or '\r' or '\f' or '\v' or '\x1A'))
            {
                controls++;
            }
        }

        return controls * 20 > text.Length;
    }

    /// <summary>The encoding named by <see cref="DetectedTextEncoding.Name"/> or by a vCard CHARSET; null when unknown.</summary>
    public static Encoding? Find(string? name)
    {
        if (string.IsNullOrWhiteSpace(name))
        {
            return null;
        }

        try
        {
            return Encoding.GetEncoding(name.Trim());
        }
        catch (Exception e) when (e is ArgumentException or NotSupportedException)
        {
            // Unknown names throw ArgumentException; UTF-7, disabled in .NET, NotSupportedException.
            return null;
        }
    }
}
