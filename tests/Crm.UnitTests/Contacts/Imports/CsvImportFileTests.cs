using System.Text;
using Crm.Modules.Contacts.Features.Imports.Reading;

namespace Crm.UnitTests.Contacts.Imports;

internal sealed class CsvImportFileTests
{
    [Test]
    public void Read_WhenFrenchExcelCsvInWindows1252_ReadsSemicolonsAndAccents()
    {
        var content = ImportTestFiles.Windows1252.GetBytes(
            "Nom;Prénom;Société;Montant\r\nDupont;Jérôme;Cœur & Façade;1,5 €\r\nÉluard;Françoise;Œuvres;12,75\r\n");

        var (shape, rows) = ImportTestFiles.Read(content);

        Assert.Multiple(() =>
        {
            Assert.That(shape.Format, Is.EqualTo(ImportFormat.Csv));
            Assert.That(shape.Encoding, Is.EqualTo("windows-1252"));
            Assert.That(shape.Delimiter, Is.EqualTo(';'));
            Assert.That(shape.Headers, Is.EqualTo(new[] { "Nom", "Prénom", "Société", "Montant" }));
            Assert.That(rows.Select(r => r.Line), Is.EqualTo(new[] { 2, 3 }));
            Assert.That(rows[0].Values, Is.EqualTo(new[] { "Dupont", "Jérôme", "Cœur & Façade", "1,5 €" }));
            Assert.That(rows[1].Values, Is.EqualTo(new[] { "Éluard", "Françoise", "Œuvres", "12,75" }));
        });
    }

    [Test]
    public void Inspect_WhenSemicolonsAndDecimalCommas_PicksSemicolon()
    {
        var shape = ImportTestFiles.Inspect(ImportTestFiles.Utf8("Nom;Prénom;Montant\nDupont;Jean;1,5"));

        Assert.That(shape.Delimiter, Is.EqualTo(';'));
    }

    [Test]
    public void Read_WhenExcelSeparatorLineComesFirst_UsesItsDelimiterAndSkipsIt()
    {
        var (shape, rows) = ImportTestFiles.Read(ImportTestFiles.Utf8("sep=,\r\nNom;Prénom,Ville\r\nDupont;Jean,Paris\r\n"));

        Assert.Multiple(() =>
        {
            Assert.That(shape.Delimiter, Is.EqualTo(','));
            Assert.That(shape.Headers, Is.EqualTo(new[] { "Nom;Prénom", "Ville" }));
            Assert.That(rows.Single().Line, Is.EqualTo(3));
            Assert.That(rows.Single().Values, Is.EqualTo(new[] { "Dupont;Jean", "Paris" }));
        });
    }

    [Test]
    public void Read_WhenUtf8WithBom_ReadsAccentsAndLeavesTheBomOutOfTheFirstHeader()
    {
        var content = ImportTestFiles.WithPreamble(Encoding.UTF8, "Nom;Prénom\nÇelik;Élodie\n");

        var (shape, rows) = ImportTestFiles.Read(content);

        Assert.Multiple(() =>
        {
            Assert.That(shape.Encoding, Is.EqualTo("utf-8"));
            Assert.That(shape.Headers, Is.EqualTo(new[] { "Nom", "Prénom" }));
            Assert.That(rows.Single().Values, Is.EqualTo(new[] { "Çelik", "Élodie" }));
        });
    }

    [Test]
    public void Read_WhenUtf8WithoutBomAndCommas_ReadsIt()
    {
        var content = ImportTestFiles.Utf8("First name,Last name,Email\nJérôme,Dupont,jerome@example.fr\n");

        var (shape, rows) = ImportTestFiles.Read(content);

        Assert.Multiple(() =>
        {
            Assert.That(shape.Encoding, Is.EqualTo("utf-8"));
            Assert.That(shape.Delimiter, Is.EqualTo(','));
            Assert.That(shape.Headers, Is.EqualTo(new[] { "First name", "Last name", "Email" }));
            Assert.That(rows.Single().Values, Is.EqualTo(new[] { "Jérôme", "Dupont", "jerome@example.fr" }));
        });
    }

    [Test]
    public void Read_WhenUtf16WithBom_ReadsIt()
    {
        var content = ImportTestFiles.WithPreamble(Encoding.Unicode, "Nom\tVille\r\nDupont\tSaint-Étienne\r\n");

        var (shape, rows) = ImportTestFiles.Read(content);

        Assert.Multiple(() =>
        {
            Assert.That(shape.Encoding, Is.EqualTo("utf-16"));
            Assert.That(shape.Delimiter, Is.EqualTo('\t'));
            Assert.That(rows.Single().Values, Is.EqualTo(new[] { "Dupont", "Saint-Étienne" }));
        });
    }

    [Test]
    public void Inspect_WhenSampleEndCutsAUtf8Character_StillFindsUtf8()
    {
        const int sampleLength = 64 * 1024;
        var text = new StringBuilder("Nom;Ville\n");
        while (text.Length < sampleLength - 20)
        {
            text.Append("Dupont;Paris\n");
        }

        text.Append('x', sampleLength - text.Length - 3).Append(";\n");

        // "é" takes two bytes: the first is the sample's last byte, the second is cut off.
        text.Append("é;Orléans\n");
        var content = ImportTestFiles.Utf8(text.ToString());
        Assert.That(content[sampleLength - 1], Is.EqualTo(0xC3));

        var shape = ImportTestFiles.Inspect(content);

        Assert.That(shape.Encoding, Is.EqualTo("utf-8"));
    }

    [Test]
    public void Read_WhenTabSeparatedWithCommasInValues_PicksTab()
    {
        var content = ImportTestFiles.Utf8("Name\tCompany\tPhone\nDupont, Jean\tAcme, Inc\t06 12 34 56 78\n");

        var (shape, rows) = ImportTestFiles.Read(content);

        Assert.Multiple(() =>
        {
            Assert.That(shape.Delimiter, Is.EqualTo('\t'));
            Assert.That(rows.Single().Values, Is.EqualTo(new[] { "Dupont, Jean", "Acme, Inc", "06 12 34 56 78" }));
        });
    }

    [TestCase("\n")]
    [TestCase("\r\n")]
    public void Read_WhenQuotedFieldHoldsLineBreaksQuotesAndDelimiters_UnescapesItAndCountsItsLines(string newLine)
    {
        var content = ImportTestFiles.Utf8(string.Join(
            newLine,
            "Name,Note,City",
            "\"Dupont, Jean\",\"Line one",
            "said \"\"hi\"\"",
            "line three\",Paris",
            "Martin,plain,Lyon",
            string.Empty));

        var (_, rows) = ImportTestFiles.Read(content);

        Assert.Multiple(() =>
        {
            Assert.That(rows.Select(r => r.Line), Is.EqualTo(new[] { 2, 5 }));
            Assert.That(rows[0].Values, Is.EqualTo(new[] { "Dupont, Jean", $"Line one{newLine}said \"hi\"{newLine}line three", "Paris" }));
            Assert.That(rows[1].Values, Is.EqualTo(new[] { "Martin", "plain", "Lyon" }));
        });
    }

    [Test]
    public void Read_WhenRowsAreShortOrLong_PadsWithEmptyStringsAndDropsExtraCells()
    {
        var content = ImportTestFiles.Utf8("A;B;C\n1\n1;2\n1;2;3;4;5\n");

        var (_, rows) = ImportTestFiles.Read(content);

        Assert.That(rows.Select(r => r.Values), Is.EqualTo(new[]
        {
            new[] { "1", string.Empty, string.Empty },
            new[] { "1", "2", string.Empty },
            new[] { "1", "2", "3" },
        }));
    }

    [Test]
    public void Read_WhenBlankLinesAndEmptyRows_SkipsThemAndKeepsLineNumbers()
    {
        var content = ImportTestFiles.Utf8("\n  \nA;B\n\n1;2\n   \n ; \n3;4\n\n");

        var (shape, rows) = ImportTestFiles.Read(content);

        Assert.Multiple(() =>
        {
            Assert.That(shape.Headers, Is.EqualTo(new[] { "A", "B" }));
            Assert.That(rows.Select(r => r.Line), Is.EqualTo(new[] { 5, 8 }));
            Assert.That(rows.Select(r => r.Values), Is.EqualTo(new[] { new[] { "1", "2" }, new[] { "3", "4" } }));
        });
    }

    [Test]
    public void Read_WhenValuesHaveSpaces_TrimsThem()
    {
        var (shape, rows) = ImportTestFiles.Read(ImportTestFiles.Utf8(" Nom ; Ville \n  Dupont ;\" Paris \"\n"));

        Assert.Multiple(() =>
        {
            Assert.That(shape.Headers, Is.EqualTo(new[] { "Nom", "Ville" }));
            Assert.That(rows.Single().Values, Is.EqualTo(new[] { "Dupont", "Paris" }));
        });
    }

    [Test]
    public void Inspect_WhenHeadersAreEmptyOrRepeated_NamesEmptyOnesAndKeepsRepeatedOnes()
    {
        var shape = ImportTestFiles.Inspect(ImportTestFiles.Utf8("Email;;Email;Ville;;\na;b;c;d;;\n"));

        Assert.That(shape.Headers, Is.EqualTo(new[] { "Email", "Column 2", "Email", "Ville" }));
    }

    [Test]
    public void Inspect_WhenSingleColumn_ReadsItWithTheDefaultDelimiter()
    {
        var (shape, rows) = ImportTestFiles.Read(ImportTestFiles.Utf8("Email\njean@example.fr\n"));

        Assert.Multiple(() =>
        {
            Assert.That(shape.Delimiter, Is.EqualTo(','));
            Assert.That(rows.Single().Values, Is.EqualTo(new[] { "jean@example.fr" }));
        });
    }

    [Test]
    public void ReadRows_WhenStreamWasLeftAnywhere_ReadsFromTheStart()
    {
        using var file = new MemoryStream(ImportTestFiles.Utf8("A;B\n1;2\n3;4\n"));
        var shape = ImportFileReader.Inspect(file).Value;
        file.Seek(0, SeekOrigin.End);

        var rows = ImportFileReader.ReadRows(file, shape).ToList();

        Assert.That(rows, Has.Count.EqualTo(2));
    }

    [TestCase(new byte[0])]
    [TestCase(new byte[] { 0xEF, 0xBB, 0xBF })]
    [TestCase(new byte[] { 0x20, 0x0D, 0x0A, 0x09 })]
    public void Inspect_WhenFileIsEmpty_RefusesWithEmptyFile(byte[] content)
    {
        var error = ImportTestFiles.Refusal(content);

        Assert.That(error.Code, Is.EqualTo("import.empty_file"));
    }

    [Test]
    public void Inspect_WhenNoHeaderCell_RefusesWithNoHeader()
    {
        var error = ImportTestFiles.Refusal(ImportTestFiles.Utf8(";;;\n ; ;\n"));

        Assert.That(error.Code, Is.EqualTo("import.no_header"));
    }

    [Test]
    public void Inspect_WhenPngImage_RefusesWithUnreadableFile()
    {
        byte[] png = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0x00, 0x00, 0x00, 0x0D, 0x49, 0x48, 0x44, 0x52, 0x00, 0x00, 0x01, 0x00];

        var error = ImportTestFiles.Refusal(png);

        Assert.Multiple(() =>
        {
            Assert.That(error.Code, Is.EqualTo("import.unreadable_file"));
            Assert.That(error.Message, Does.Contain("neither a CSV, an Excel .xlsx workbook nor a vCard"));
        });
    }

    [Test]
    public void Inspect_WhenManyControlCharacters_RefusesWithUnreadableFile()
    {
        var content = Enumerable.Range(0, 200).Select(i => (byte)(i % 2 == 0 ? 0x01 : 0x41)).ToArray();

        var error = ImportTestFiles.Refusal(content);

        Assert.That(error.Code, Is.EqualTo("import.unreadable_file"));
    }

    [Test]
    public void Inspect_WhenOldExcelXls_RefusesWithXlsNotSupported()
    {
        byte[] xls = [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1, 0x00, 0x00, 0x00, 0x00];

        var error = ImportTestFiles.Refusal(xls);

        Assert.Multiple(() =>
        {
            Assert.That(error.Code, Is.EqualTo("import.xls_not_supported"));
            Assert.That(error.Message, Is.EqualTo("Old Excel .xls files cannot be read: save the sheet as .xlsx or CSV."));
        });
    }
}
