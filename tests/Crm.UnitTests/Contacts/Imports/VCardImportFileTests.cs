using Crm.Modules.Contacts.Features.Imports.Reading;

namespace Crm.UnitTests.Contacts.Imports;

internal sealed class VCardImportFileTests
{
    private static readonly string[] Headers =
    [
        "First name", "Last name", "Full name", "Email 1", "Email 2", "Email 3", "Phone 1", "Phone 2", "Phone 3",
        "Organisation", "Job title", "Street", "City", "Region", "Postal code", "Country", "Categories", "Note", "UID",
    ];

    [Test]
    public void Read_WhenVCard30WithFoldingGroupsEscapesAndPref_ReadsEveryColumn()
    {
        const string card = """

            BEGIN:VCARD
            VERSION:3.0
            N:Dupont;Jean;;M.;
            FN:Jean Dupont
            ORG:Acme\, Inc;Ventes
            TITLE:Directeur commercial
            item1.EMAIL;TYPE=INTERNET:jean@perso.example
            item1.X-ABLabel:perso
            item2.EMAIL;TYPE=INTERNET,pref:jean.dupont@acme.example
            TEL;TYPE=WORK,VOICE:+33 1 23 45 67 89
            TEL;TYPE=CELL;TYPE=PREF:06 12 34 56 78
            ADR;TYPE=WORK:;Bâtiment B;12 rue de la Paix;Paris;Île-de-France;75002;France
            ADR;TYPE=HOME:;;3 allée des Lilas;Lyon;;69001;France
            NOTE:Rencontré au salon\, stand 4\nÀ rap
             peler\; en juin
            CATEGORIES:Clients,VIP
            UID:urn:uuid:6f1c0d5e-0000-4000-8000-000000000001
            this line is not a property
            :no name
            END:VCARD
            BEGIN:VCARD
            VERSION:3.0
            FN:Paul Martin
            END:VCARD
            """;

        var (shape, rows) = ImportTestFiles.Read(ImportTestFiles.Utf8(card.ReplaceLineEndings("\r\n")));

        Assert.Multiple(() =>
        {
            Assert.That(shape.Format, Is.EqualTo(ImportFormat.VCard));
            Assert.That(shape.Delimiter, Is.Null);
            Assert.That(shape.Headers, Is.EqualTo(Headers));
            Assert.That(rows.Select(r => r.Line), Is.EqualTo(new[] { 2, 22 }));
            Assert.That(Columns(rows[0]), Is.EqualTo(new Dictionary<string, string>
            {
                ["First name"] = "Jean",
                ["Last name"] = "Dupont",
                ["Full name"] = "Jean Dupont",
                ["Email 1"] = "jean.dupont@acme.example",
                ["Email 2"] = "jean@perso.example",
                ["Phone 1"] = "06 12 34 56 78",
                ["Phone 2"] = "+33 1 23 45 67 89",
                ["Organisation"] = "Acme, Inc",
                ["Job title"] = "Directeur commercial",
                ["Street"] = "12 rue de la Paix, Bâtiment B",
                ["City"] = "Paris",
                ["Region"] = "Île-de-France",
                ["Postal code"] = "75002",
                ["Country"] = "France",
                ["Categories"] = "Clients, VIP",
                ["Note"] = "Rencontré au salon, stand 4\nÀ rappeler; en juin",
                ["UID"] = "urn:uuid:6f1c0d5e-0000-4000-8000-000000000001",
            }));
            Assert.That(Columns(rows[1]), Is.EqualTo(new Dictionary<string, string> { ["Full name"] = "Paul Martin" }));
        });
    }

    [Test]
    public void Read_WhenVCard40WithPrefParametersAndTelUris_OrdersByPreference()
    {
        const string card = """
            begin:vcard
            VERSION:4.0
            FN:Marie Curie
            N:Curie;Marie;;;
            EMAIL;TYPE=home:marie@home.example
            EMAIL;PREF=2;TYPE=work:marie@lab.example
            EMAIL;PREF=1:marie@institut.example
            TEL;VALUE=uri;TYPE=work:tel:+33-1-00-00-00-00
            TEL;VALUE=uri;TYPE="voice,cell";PREF=1:tel:+33-6-12-34-56-78
            ADR;TYPE=work;LABEL="Labo: 1 rue Pierre et Marie Curie\n75005 Paris":;;1 rue Pierre et Marie Curie;Paris;;75005;France
            CATEGORIES:science,physique\,chimie
            END:vcard
            """;

        var (_, rows) = ImportTestFiles.Read(ImportTestFiles.Utf8(card));

        Assert.That(Columns(rows.Single()), Is.EqualTo(new Dictionary<string, string>
        {
            ["First name"] = "Marie",
            ["Last name"] = "Curie",
            ["Full name"] = "Marie Curie",
            ["Email 1"] = "marie@institut.example",
            ["Email 2"] = "marie@lab.example",
            ["Email 3"] = "marie@home.example",
            ["Phone 1"] = "+33-6-12-34-56-78",
            ["Phone 2"] = "+33-1-00-00-00-00",
            ["Street"] = "1 rue Pierre et Marie Curie",
            ["City"] = "Paris",
            ["Postal code"] = "75005",
            ["Country"] = "France",
            ["Categories"] = "science, physique,chimie",
        }));
    }

    [Test]
    public void Read_WhenVCard21WithQuotedPrintableAndBareTypes_DecodesIt()
    {
        const string card = """
            BEGIN:VCARD
            VERSION:2.1
            N;CHARSET=ISO-8859-1;ENCODING=QUOTED-PRINTABLE:M=FCller;J=FCrgen
            FN;CHARSET=UTF-8;ENCODING=QUOTED-PRINTABLE:J=C3=BCrgen M=C3=BCller
            TEL;WORK;VOICE:+49 30 1234567
            TEL;CELL;PREF:+49 170 1234567
            EMAIL;INTERNET:jm@example.de
            NOTE;ENCODING=QUOTED-PRINTABLE;CHARSET=UTF-8:Premi=C3=A8re ligne=0A=
            Deuxi=C3=A8me ligne, tr=C3=A8s =
            longue
            ORG;QUOTED-PRINTABLE:Soci=E9t=E9 G=E9n=E9rale
            AGENT:
            BEGIN:VCARD
            VERSION:2.1
            FN:Assistant
            END:VCARD
            TITLE:Ingénieur
            END:VCARD
            """;

        var (_, rows) = ImportTestFiles.Read(ImportTestFiles.Utf8(card));

        Assert.That(Columns(rows.Single()), Is.EqualTo(new Dictionary<string, string>
        {
            ["First name"] = "Jürgen",
            ["Last name"] = "Müller",
            ["Full name"] = "Jürgen Müller",
            ["Email 1"] = "jm@example.de",
            ["Phone 1"] = "+49 170 1234567",
            ["Phone 2"] = "+49 30 1234567",
            ["Organisation"] = "Société Générale",
            ["Job title"] = "Ingénieur",
            ["Note"] = "Première ligne\nDeuxième ligne, très longue",
        }));
    }

    [Test]
    public void Read_WhenVCardInWindows1252_ReadsAccents()
    {
        var content = ImportTestFiles.Windows1252.GetBytes("BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Françoise Cœur\r\nEND:VCARD\r\n");

        var (shape, rows) = ImportTestFiles.Read(content);

        Assert.Multiple(() =>
        {
            Assert.That(shape.Encoding, Is.EqualTo("windows-1252"));
            Assert.That(Columns(rows.Single()), Is.EqualTo(new Dictionary<string, string> { ["Full name"] = "Françoise Cœur" }));
        });
    }

    [Test]
    public void Read_WhenLastCardHasNoEnd_StillReadsIt()
    {
        var (_, rows) = ImportTestFiles.Read(ImportTestFiles.Utf8("BEGIN:VCARD\nFN:A\nBEGIN:VCARD\nFN:B\n"));

        Assert.That(rows.Select(r => (r.Line, r.Values[2])), Is.EqualTo(new[] { (1, "A"), (3, "B") }));
    }

    private static Dictionary<string, string> Columns(ImportRow row) =>
        Headers.Zip(row.Values).Where(c => c.Second.Length > 0).ToDictionary(c => c.First, c => c.Second);
}
