using System.Text;

namespace Crm.Benchmarks;

/// <summary>
/// A CSV of contacts as a French export gives them (semicolons, phone numbers written "06 12 34 56 78"), every email
/// distinct, company names repeating over a twentieth of the rows.
/// </summary>
internal static class ImportCsvFile
{
    public const string Header = "Prénom;Nom;E-mail;Téléphone;Société;Ville;Code postal";

    public static async Task<long> WriteAsync(string path, int rows, CancellationToken cancellationToken)
    {
        var fakers = new SeedFakers(ContactsSeeder.Seed + 7);
        var companies = Enumerable.Range(0, Math.Max(1, rows / 20))
            .Select(i => $"{fakers.French.Company.CompanyName().Replace(';', ' ')} {i}")
            .ToArray();
        await using (var writer = new StreamWriter(path, append: false, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false), 1 << 16))
        {
            await writer.WriteLineAsync(Header.AsMemory(), cancellationToken);
            var line = new StringBuilder(160);
            for (var i = 0; i < rows; i++)
            {
                var (faker, _) = fakers.NextLocale();
                var first = faker.Name.FirstName();
                var last = faker.Name.LastName();
                var e164 = FrenchNumbers.Mobile(fakers);
                var national = $"0{e164[3]} {e164[4..6]} {e164[6..8]} {e164[8..10]} {e164[10..12]}";
                line.Clear()
                    .Append(first).Append(';')
                    .Append(last).Append(';')
                    .Append("contact").Append(i).Append('@').Append(faker.Internet.DomainName()).Append(';')
                    .Append(national).Append(';')
                    .Append(fakers.Pick(companies)).Append(';')
                    .Append(faker.Address.City().Replace(';', ' ')).Append(';')
                    .Append(faker.Address.ZipCode("#####"));
                await writer.WriteLineAsync(line, cancellationToken);
            }
        }

        return new FileInfo(path).Length;
    }
}
