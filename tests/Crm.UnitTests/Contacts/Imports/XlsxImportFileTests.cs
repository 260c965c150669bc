using System.IO.Compression;
using Crm.Modules.Contacts.Features.Imports.Reading;
using MiniExcelLibs;

namespace Crm.UnitTests.Contacts.Imports;

internal sealed class XlsxImportFileTests
{
    [Test]
    public void Read_WhenWorkbookHasNumbersAndDates_ReadsThemAsInvariantText()
    {
        var rows = new List<Dictionary<string, object?>>
        {
            new() { ["Nom"] = "Dupont", ["Téléphone"] = 612345678, ["Naissance"] = new DateTime(1980, 5, 17), ["Montant"] = 1.5, ["Client"] = true },
            new() { ["Nom"] = null, ["Téléphone"] = null, ["Naissance"] = null, ["Montant"] = null, ["Client"] = null },
            new() { ["Nom"] = "  Martin ", ["Téléphone"] = 33612345678L, ["Naissance"] = null, ["Montant"] = 0.00001, ["Client"] = null },
        };

        var (shape, read) = ImportTestFiles.Read(Workbook(rows));

        Assert.Multiple(() =>
        {
            Assert.That(shape.Format, Is.EqualTo(ImportFormat.Xlsx));
            Assert.That(shape.Encoding, Is.Null);
            Assert.That(shape.Delimiter, Is.Null);
            Assert.That(shape.Headers, Is.EqualTo(new[] { "Nom", "Téléphone", "Naissance", "Montant", "Client" }));
            Assert.That(read.Select(r => r.Line), Is.EqualTo(new[] { 2, 4 }));
            Assert.That(read[0].Values, Is.EqualTo(new[] { "Dupont", "612345678", "1980-05-17", "1.5", "TRUE" }));
            Assert.That(read[1].Values, Is.EqualTo(new[] { "Martin", "33612345678", string.Empty, "0.00001", string.Empty }));
        });
    }

    [Test]
    public void Read_WhenSheetStartsLower_TakesTheFirstNonEmptyRowAsHeadersAndKeepsSheetRowNumbers()
    {
        var cells = new List<Dictionary<string, object?>>
        {
            new() { ["A"] = null, ["B"] = null, ["C"] = null, ["D"] = null, ["E"] = null },
            new() { ["A"] = " ", ["B"] = null, ["C"] = null, ["D"] = null, ["E"] = null },
            new() { ["A"] = null, ["B"] = "Nom", ["C"] = null, ["D"] = "Ville", ["E"] = null },
            new() { ["A"] = "ignored", ["B"] = "Dupont", ["C"] = "x", ["D"] = "Paris", ["E"] = "beyond" },
        };

        var (shape, rows) = ImportTestFiles.Read(Workbook(cells, printHeader: false));

        Assert.Multiple(() =>
        {
            Assert.That(shape.Headers, Is.EqualTo(new[] { "Column 1", "Nom", "Column 3", "Ville" }));
            Assert.That(rows.Single().Line, Is.EqualTo(4));
            Assert.That(rows.Single().Values, Is.EqualTo(new[] { "ignored", "Dupont", "x", "Paris" }));
        });
    }

    [Test]
    public void Inspect_WhenWorkbookIsEmpty_RefusesWithNoHeader()
    {
        var error = ImportTestFiles.Refusal(Workbook([new() { ["A"] = null }], printHeader: false));

        Assert.That(error.Code, Is.EqualTo("import.no_header"));
    }

    [Test]
    public void Inspect_WhenZipIsNotAWorkbook_RefusesWithUnreadableFile()
    {
        using var file = new MemoryStream();
        using (var zip = new ZipArchive(file, ZipArchiveMode.Create, leaveOpen: true))
        {
            using var entry = new StreamWriter(zip.CreateEntry("readme.txt").Open());
            entry.Write("Nom;Ville\nDupont;Paris\n");
        }

        var error = ImportTestFiles.Refusal(file.ToArray());

        Assert.That(error.Code, Is.EqualTo("import.unreadable_file"));
    }

    [Test]
    public void Inspect_WhenZipIsDamaged_RefusesWithUnreadableFile()
    {
        var workbook = Workbook([new() { ["Nom"] = "Dupont" }]);

        var error = ImportTestFiles.Refusal(workbook[..(workbook.Length / 2)]);

        Assert.That(error.Code, Is.EqualTo("import.unreadable_file"));
    }

    private static byte[] Workbook(List<Dictionary<string, object?>> rows, bool printHeader = true)
    {
        using var file = new MemoryStream();
        MiniExcel.SaveAs(file, rows, printHeader);
        return file.ToArray();
    }
}
