using PdfSharp.Fonts;

namespace Crm.Modules.SalesPipeline.Features.QuotePdf;

/// <summary>
/// Serves DejaVu Sans (regular and bold), embedded in this assembly, to PDFsharp: a container may have no system font
/// at all, and PDFsharp's Core build finds none on Linux anyway. Italic is simulated from the upright faces.
/// Licence: Features/QuotePdf/Fonts/LICENSE.txt (Bitstream Vera; DejaVu changes are in the public domain).
/// </summary>
internal sealed class QuotePdfFontResolver : IFontResolver
{
    /// <summary>The family name to give <c>XFont</c>; the only one this resolver answers.</summary>
    public const string FamilyName = "DejaVu Sans";

    private const string RegularFace = "DejaVuSans";
    private const string BoldFace = "DejaVuSans-Bold";
    private const string ResourcePrefix = "Crm.Modules.SalesPipeline.QuotePdf.Fonts.";

    // PDFsharp keeps one font resolver per process, which may be set only before the first font is used: the one
    // piece of static state here, set up once whoever renders first (the host, a test, two requests at once).
    private static readonly Lazy<QuotePdfFontResolver> Installed = new(Install, LazyThreadSafetyMode.ExecutionAndPublication);

    private readonly byte[] _regular;
    private readonly byte[] _bold;

    private QuotePdfFontResolver(byte[] regular, byte[] bold)
    {
        _regular = regular;
        _bold = bold;
    }

    /// <summary>Makes PDFsharp use these fonts; cheap after the first call, safe from any thread.</summary>
    public static void EnsureInstalled() => _ = Installed.Value;

    public FontResolverInfo? ResolveTypeface(string familyName, bool isBold, bool isItalic) =>
        string.Equals(familyName, FamilyName, StringComparison.OrdinalIgnoreCase)
            ? new FontResolverInfo(isBold ? BoldFace : RegularFace, mustSimulateBold: false, mustSimulateItalic: isItalic)
            : null;

    public byte[]? GetFont(string faceName) => faceName switch
    {
        RegularFace => _regular,
        BoldFace => _bold,
        _ => null,
    };

    private static QuotePdfFontResolver Install()
    {
        var resolver = new QuotePdfFontResolver(Load(RegularFace + ".ttf"), Load(BoldFace + ".ttf"));
        if (GlobalFontSettings.FontResolver is null or QuotePdfFontResolver)
        {
            GlobalFontSettings.FontResolver = resolver;
        }
        else if (GlobalFontSettings.FallbackFontResolver is null or QuotePdfFontResolver)
        {
            // Someone else installed their resolver first: ours answers what theirs does not (our family).
            GlobalFontSettings.FallbackFontResolver = resolver;
        }

        return resolver;
    }

    private static byte[] Load(string fileName)
    {
        using var stream = typeof(QuotePdfFontResolver).Assembly.GetManifestResourceStream(ResourcePrefix + fileName)
            ?? throw new InvalidOperationException($"The embedded font {fileName} is missing from {typeof(QuotePdfFontResolver).Assembly.GetName().Name}.");
        using var copy = new MemoryStream((int)stream.Length);
        stream.CopyTo(copy);
        return copy.ToArray();
    }
}
