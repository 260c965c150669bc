using System.Text;
using Crm.Modules.Contacts.Features.Imports.Reading;
using Crm.Shared.Kernel;

namespace Crm.UnitTests.Contacts.Imports;

internal static class ImportTestFiles
{
    static ImportTestFiles() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    public static Encoding Windows1252 => Encoding.GetEncoding(1252);

    public static byte[] Utf8(string text) => new UTF8Encoding(encoderShouldEmitUTF8Identifier: false).GetBytes(text);

    public static byte[] WithPreamble(Encoding encoding, string text) => [.. encoding.GetPreamble(), .. encoding.GetBytes(text)];

    public static ImportFileShape Inspect(byte[] content)
    {
        using var file = new MemoryStream(content);
        var shape = ImportFileReader.Inspect(file);
        Assert.That(shape.IsSuccess, Is.True, () => $"failed: {shape.Error?.Code} {shape.Error?.Message}");
        return shape.Value;
    }

    public static Error Refusal(byte[] content)
    {
        using var file = new MemoryStream(content);
        var shape = ImportFileReader.Inspect(file);
        Assert.That(shape.IsSuccess, Is.False, "the file was read");
        return shape.Error!;
    }

    public static (ImportFileShape Shape, List<ImportRow> Rows) Read(byte[] content)
    {
        using var file = new MemoryStream(content);
        var shape = ImportFileReader.Inspect(file);
        Assert.That(shape.IsSuccess, Is.True, () => $"failed: {shape.Error?.Code} {shape.Error?.Message}");
        return (shape.Value, ImportFileReader.ReadRows(file, shape.Value).ToList());
    }
}
