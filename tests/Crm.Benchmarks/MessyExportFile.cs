using System.Text;

namespace Crm.Benchmarks;

/// <summary>
/// A contact list as an old CRM or a French Excel sheet exports it, with what such files hold: Windows-1252, semicolons,
/// CRLF, quoted cells holding semicolons, quotes and line breaks, blank lines, phones written six ways, 1 % of bad
/// emails, companies whose switchboard is on most of their contacts' cards, a comment column, columns no contact field
/// takes (civility, creation date), and 4 % of people written twice: the email in capitals with spaces around it, or no
/// email with the name in capitals and the same mobile.
/// </summary>
internal static class MessyExportFile
{
    public const string Header = "Civilité;Prénom;Nom;E-mail;Tél. portable;Téléphone fixe;Société;Fonction;Adresse;Code postal;Ville;Date de création;Commentaire";

    private static readonly string[] Civilities = ["M.", "Mme", "Mlle", string.Empty];
    private static readonly string[] Titles = ["Directeur commercial", "Responsable achats", "Gérant", "Assistante de direction", "Chargé d'affaires", string.Empty, string.Empty];
    private static readonly string[] Comments = [string.Empty, string.Empty, "Client fidèle", "Rappeler; après 14h", "Ligne 1\r\nLigne 2", "Remise 10 %", "Très \"bon\" contact"];
    private static readonly string[] BadEmails = ["pas-un-email", "jean@@orange.fr", "marie.dupont@"];

    public static async Task<long> WriteAsync(string path, int rows, CancellationToken cancellationToken)
    {
        var fakers = new SeedFakers(ContactsSeeder.Seed + 11);
        var companies = Enumerable.Range(0, Math.Max(1, rows / 120))
            .Select(i => (Name: $"{fakers.French.Company.CompanyName()} {i}", Switchboard: National(FrenchNumbers.Landline(fakers))))
            .ToArray();
        var written = new List<string[]>();
        var encoding = CodePagesEncodingProvider.Instance.GetEncoding(1252)!;
        await using (var writer = new StreamWriter(path, append: false, encoding, 1 << 16) { NewLine = "\r\n" })
        {
            await writer.WriteLineAsync(Header.AsMemory(), cancellationToken);
            for (var i = 0; i < rows; i++)
            {
                var cells = written.Count > 0 && fakers.Chance(0.04) ? Twice(fakers, fakers.Pick(written)) : Person(fakers, i, companies);
                written.Add(cells);
                await writer.WriteLineAsync(string.Join(';', cells.Select(Quoted)).AsMemory(), cancellationToken);
                if (i % 5000 == 4999)
                {
                    await writer.WriteLineAsync(ReadOnlyMemory<char>.Empty, cancellationToken);
                }
            }
        }

        return new FileInfo(path).Length;
    }

    private static string[] Person(SeedFakers fakers, int i, (string Name, string Switchboard)[] companies)
    {
        var faker = fakers.French;
        var first = faker.Name.FirstName();
        var last = faker.Name.LastName();
        var company = fakers.Chance(0.85) ? fakers.Pick(companies) : (Name: string.Empty, Switchboard: string.Empty);
        var email = fakers.Chance(0.01) ? fakers.Pick(BadEmails) : $"{Ascii(first)}.{Ascii(last)}{i}@{faker.Internet.DomainName()}";
        return
        [
            fakers.Pick(Civilities), first, last, email, Written(fakers, FrenchNumbers.Mobile(fakers)),
            company.Name.Length > 0 && fakers.Chance(0.6) ? company.Switchboard : string.Empty, company.Name, fakers.Pick(Titles),
            faker.Address.StreetAddress(), faker.Address.ZipCode("#####"), faker.Address.City(),
            $"{fakers.Random.Next(1, 29):00}/{fakers.Random.Next(1, 13):00}/20{fakers.Random.Next(10, 26)}", fakers.Pick(Comments),
        ];
    }

    /// <summary>A person already written, as a second export or a colleague typed them again.</summary>
    private static string[] Twice(SeedFakers fakers, string[] person)
    {
        var again = (string[])person.Clone();
        if (fakers.Chance(0.5))
        {
            again[3] = $"  {person[3].ToUpperInvariant()} ";
        }
        else
        {
            again[3] = string.Empty;
            again[2] = person[2].ToUpperInvariant();
        }

        return again;
    }

    /// <summary>"+33612345678" as people write it: "06 12 34 56 78", "06.12.34.56.78", "0612345678", "+33 6 12 34 56 78", "0033612345678", "+33 (0)6 12 34 56 78".</summary>
    private static string Written(SeedFakers fakers, string e164)
    {
        var national = National(e164);
        var digits = national.Replace(" ", string.Empty, StringComparison.Ordinal);
        return fakers.Random.Next(6) switch
        {
            0 => national,
            1 => national.Replace(' ', '.'),
            2 => digits,
            3 => "+33 " + national[1..],
            4 => "0033" + digits[1..],
            _ => "+33 (0)" + national[1..],
        };
    }

    private static string National(string e164) => $"0{e164[3]} {e164[4..6]} {e164[6..8]} {e164[8..10]} {e164[10..12]}";

    private static string Ascii(string name) =>
        new([.. name.Normalize(NormalizationForm.FormD).Where(char.IsAsciiLetter).Select(char.ToLowerInvariant)]);

    private static string Quoted(string cell) =>
        cell.AsSpan().IndexOfAny(";\"\r\n") >= 0 ? $"\"{cell.Replace("\"", "\"\"", StringComparison.Ordinal)}\"" : cell;
}
