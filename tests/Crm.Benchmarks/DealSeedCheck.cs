using System.Globalization;
using System.Net.Http.Json;
using Crm.Modules.SalesPipeline.Domain.Deals;
using Crm.Shared.Kernel;
using Npgsql;

namespace Crm.Benchmarks;

/// <summary>
/// Proves the seeded deals look like the application's own: creates one deal through <c>POST /api/v1/deals</c> (a
/// company, two of its contacts, an amount, a stage of the second pipeline that requires the expected close date),
/// builds the same deal with the factories the seeding uses (created at the instant the API stored), writes it with
/// the seeding's COPY into temporary copies of the three tables, and fails unless every column of
/// <c>sales.deals</c> but the id, and every column of its <c>deal_contacts</c> and <c>stage_visits</c> rows but their
/// ids, hold the same values; and unless the seeding writes every column the tables have. The API's deal stays.
/// </summary>
internal static class DealSeedCheck
{
    private static readonly (string Table, string[] Written, string[] Keys)[] Tables =
    [
        ("deals", DealRows.DealColumns, ["id"]),
        ("deal_contacts", DealRows.ContactColumns, ["deal_id"]),
        ("stage_visits", DealRows.VisitColumns, ["id", "deal_id"]),
    ];

    public static async Task RunAsync(
        SearchClient client, string connectionString, SalesModel model, Guid adminId, IReadOnlyList<Guid> owners, CancellationToken cancellationToken)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync(cancellationToken);
        var (companyId, contactIds) = await CompanyWithContactsAsync(connection, cancellationToken);
        var pipeline = model.Pipelines[1];
        var stage = SalesModel.OpenStages(pipeline)[2];
        var expectedClose = new DateOnly(2027, 2, 15);
        var contacts = contactIds.Select((id, i) => (ContactId: id, Role: i == 0 ? ContactRole.DecisionMaker : ContactRole.Champion)).ToList();
        var request = new
        {
            name = "Le Gall-Dupré – Licences",
            amount = new { amount = 12345.67m, currency = "EUR" },
            expectedCloseDate = expectedClose.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            pipelineId = pipeline.Id.Value,
            stageId = stage.Id.Value,
            ownerId = owners[0],
            companyId,
            contacts = contacts.Select(c => new { contactId = c.ContactId, role = c.Role.ToString() }).ToArray(),
            source = "salon",
            nextStep = "Envoyer la proposition",
            forecastCategory = "Commit",
        };
        Guid apiId;
        using (var answer = await client.SendAsync(HttpMethod.Post, "/api/v1/deals", JsonContent.Create(request), "deal creation", cancellationToken))
        {
            apiId = answer.RootElement.GetProperty("id").GetGuid();
        }

        DateTimeOffset createdAt;
        await using (var command = new NpgsqlCommand("SELECT created_at_utc FROM sales.deals WHERE id = @id", connection))
        {
            command.Parameters.AddWithValue("id", apiId);
            await using var reader = await command.ExecuteReaderAsync(cancellationToken);
            createdAt = await reader.ReadAsync(cancellationToken)
                ? reader.GetFieldValue<DateTimeOffset>(0)
                : throw new InvalidOperationException($"The deal {apiId} created through the API is not in sales.deals.");
        }

        var details = new DealDetails(
            request.name, Money.Create(12345.67m, "EUR").Value, expectedClose, companyId, contacts, request.source, request.nextStep, ForecastCategory.Commit);
        var deal = SeedValues.Value(Deal.Create(details, owners[0], pipeline, stage, adminId, createdAt), "deal");

        var differences = new List<string>();
        foreach (var (table, written, _) in Tables)
        {
            await SeedIndexes.ExecuteAsync(connection, $"CREATE TEMP TABLE {table} (LIKE sales.{table})", cancellationToken);
            var columns = await ColumnsAsync(connection, table, cancellationToken);
            var unwritten = columns.Except(written, StringComparer.Ordinal).ToList();
            if (unwritten.Count > 0)
            {
                differences.Add($"sales.{table} has columns the seeding does not write: {string.Join(", ", unwritten)}");
            }
        }

        await DealRows.WriteAsync(connection, [deal], _ => 1, cancellationToken, "pg_temp");
        foreach (var (table, _, keys) in Tables)
        {
            var compared = (await ColumnsAsync(connection, table, cancellationToken)).Except(keys, StringComparer.Ordinal).ToList();
            var row = $"ROW({string.Join(", ", compared)})::text";
            var key = table == "deals" ? "id" : "deal_id";
            var sql = $"SELECT (SELECT string_agg({row}, ' ; ' ORDER BY {row}) FROM sales.{table} WHERE {key} = @api), "
                + $"(SELECT string_agg({row}, ' ; ' ORDER BY {row}) FROM pg_temp.{table} WHERE {key} = @seeded)";
            await using var command = new NpgsqlCommand(sql, connection);
            command.Parameters.AddWithValue("api", apiId);
            command.Parameters.AddWithValue("seeded", deal.Id.Value);
            await using var reader = await command.ExecuteReaderAsync(cancellationToken);
            await reader.ReadAsync(cancellationToken);
            var api = reader.IsDBNull(0) ? "(no row)" : reader.GetString(0);
            var seeded = reader.IsDBNull(1) ? "(no row)" : reader.GetString(1);
            if (api != seeded)
            {
                differences.Add($"{table} ({string.Join(", ", compared)}):\n    API     {api}\n    seeding {seeded}");
            }
        }

        if (differences.Count > 0)
        {
            throw new InvalidOperationException($"Seeded deals would differ from the API's:\n  {string.Join("\n  ", differences)}");
        }
    }

    private static async Task<List<string>> ColumnsAsync(NpgsqlConnection connection, string table, CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand(
            "SELECT column_name FROM information_schema.columns WHERE table_schema = 'sales' AND table_name = @table ORDER BY ordinal_position", connection);
        command.Parameters.AddWithValue("table", table);
        var columns = new List<string>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            columns.Add(reader.GetString(0));
        }

        return columns.Count > 0 ? columns : throw new InvalidOperationException($"No table sales.{table}.");
    }

    /// <summary>A seeded company and two of its contacts (or any one contact when no company has two).</summary>
    private static async Task<(Guid Company, List<Guid> Contacts)> CompanyWithContactsAsync(NpgsqlConnection connection, CancellationToken cancellationToken)
    {
        const string Sql =
            "SELECT company_id, (array_agg(contact_id ORDER BY contact_id))[1:2] FROM contacts.contact_companies "
            + "GROUP BY company_id ORDER BY count(*) DESC, company_id LIMIT 1";
        await using var command = new NpgsqlCommand(Sql, connection);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        if (!await reader.ReadAsync(cancellationToken))
        {
            throw new InvalidOperationException("No seeded contact works for a company: seed contacts and companies first.");
        }

        return (reader.GetGuid(0), [.. reader.GetFieldValue<Guid[]>(1)]);
    }
}
