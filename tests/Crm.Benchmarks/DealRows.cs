using Crm.Modules.SalesPipeline.Domain.Deals;
using Npgsql;
using NpgsqlTypes;

namespace Crm.Benchmarks;

/// <summary>
/// Deals, their contacts and their stays as rows of <c>sales.deals</c>, <c>sales.deal_contacts</c> and
/// <c>sales.stage_visits</c>, column for column as EF Core writes them (snake_case names, enums as their names,
/// <see cref="DateTimeOffset"/> as <c>timestamptz</c>, the date as <c>date</c>). <see cref="DealSeedCheck"/> compares
/// these column lists with the tables' and the rows with one the API wrote.
/// </summary>
internal static class DealRows
{
    public static readonly string[] DealColumns =
    [
        "id", "name", "amount_cents", "currency", "expected_close_date", "pipeline_id", "stage_id", "probability", "status", "owner_id",
        "company_id", "source", "next_step", "forecast_category", "created_at_utc", "updated_at_utc", "stage_entered_at_utc",
        "last_activity_at_utc", "closed_at_utc", "closed_by", "lost_reason_id", "lost_note", "version", "rotting_flagged_at_utc",
        "custom_fields",
    ];

    public static readonly string[] ContactColumns = ["deal_id", "contact_id", "role"];

    public static readonly string[] VisitColumns = ["id", "deal_id", "stage_id", "stage_name", "moved_by", "entered_at_utc", "exited_at_utc"];

    public static string Copy(string table, IEnumerable<string> columns) => $"COPY {table} ({string.Join(", ", columns)}) FROM STDIN (FORMAT BINARY)";

    /// <summary>
    /// Writes the deals, then their contacts, then their stays (three COPYs: the last two reference the first), each
    /// deal with <paramref name="versionOf"/>'s version (1 once created, one more per move saved).
    /// </summary>
    public static async Task WriteAsync(
        NpgsqlConnection connection, IReadOnlyList<Deal> deals, Func<Deal, int> versionOf, CancellationToken cancellationToken, string schema = "sales")
    {
        await using (var importer = await connection.BeginBinaryImportAsync(Copy($"{schema}.deals", DealColumns), cancellationToken))
        {
            foreach (var deal in deals)
            {
                await WriteDealAsync(importer, deal, versionOf(deal), cancellationToken);
            }

            await importer.CompleteAsync(cancellationToken);
        }

        await using (var importer = await connection.BeginBinaryImportAsync(Copy($"{schema}.deal_contacts", ContactColumns), cancellationToken))
        {
            foreach (var contact in deals.SelectMany(d => d.Contacts))
            {
                await importer.StartRowAsync(cancellationToken);
                await importer.WriteUuidAsync(contact.DealId.Value, cancellationToken);
                await importer.WriteUuidAsync(contact.ContactId, cancellationToken);
                await importer.WriteTextAsync(contact.Role.ToString(), cancellationToken);
            }

            await importer.CompleteAsync(cancellationToken);
        }

        await using (var importer = await connection.BeginBinaryImportAsync(Copy($"{schema}.stage_visits", VisitColumns), cancellationToken))
        {
            foreach (var visit in deals.SelectMany(d => d.Visits))
            {
                await importer.StartRowAsync(cancellationToken);
                await importer.WriteUuidAsync(visit.Id, cancellationToken);
                await importer.WriteUuidAsync(visit.DealId.Value, cancellationToken);
                await importer.WriteUuidAsync(visit.StageId.Value, cancellationToken);
                await importer.WriteTextAsync(visit.StageName, cancellationToken);
                await importer.WriteUuidAsync(visit.MovedBy, cancellationToken);
                await importer.WriteTimeAsync(visit.EnteredAtUtc, cancellationToken);
                await importer.WriteTimeAsync(visit.ExitedAtUtc, cancellationToken);
            }

            await importer.CompleteAsync(cancellationToken);
        }
    }

    private static async Task WriteDealAsync(NpgsqlBinaryImporter importer, Deal deal, int version, CancellationToken cancellationToken)
    {
        await importer.StartRowAsync(cancellationToken);
        await importer.WriteUuidAsync(deal.Id.Value, cancellationToken);
        await importer.WriteTextAsync(deal.Name, cancellationToken);
        if (deal.AmountCents is { } cents)
        {
            await importer.WriteAsync(cents, NpgsqlDbType.Bigint, cancellationToken);
        }
        else
        {
            await importer.WriteNullAsync(cancellationToken);
        }

        await importer.WriteTextAsync(deal.Currency, cancellationToken);
        if (deal.ExpectedCloseDate is { } date)
        {
            await importer.WriteAsync(date, NpgsqlDbType.Date, cancellationToken);
        }
        else
        {
            await importer.WriteNullAsync(cancellationToken);
        }

        await importer.WriteUuidAsync(deal.PipelineId.Value, cancellationToken);
        await importer.WriteUuidAsync(deal.StageId.Value, cancellationToken);
        await importer.WriteAsync(deal.Probability, NpgsqlDbType.Integer, cancellationToken);
        await importer.WriteTextAsync(deal.Status.ToString(), cancellationToken);
        await importer.WriteUuidAsync(deal.OwnerId, cancellationToken);
        await importer.WriteUuidAsync(deal.CompanyId, cancellationToken);
        await importer.WriteTextAsync(deal.Source, cancellationToken);
        await importer.WriteTextAsync(deal.NextStep, cancellationToken);
        await importer.WriteTextAsync(deal.ForecastCategory.ToString(), cancellationToken);
        await importer.WriteTimeAsync(deal.CreatedAtUtc, cancellationToken);
        await importer.WriteTimeAsync(deal.UpdatedAtUtc, cancellationToken);
        await importer.WriteTimeAsync(deal.StageEnteredAtUtc, cancellationToken);
        await importer.WriteTimeAsync(deal.LastActivityAtUtc, cancellationToken);
        await importer.WriteTimeAsync(deal.ClosedAtUtc, cancellationToken);
        await importer.WriteUuidAsync(deal.ClosedBy, cancellationToken);
        await importer.WriteUuidAsync(deal.LostReasonId?.Value, cancellationToken);
        await importer.WriteTextAsync(deal.LostNote, cancellationToken);
        await importer.WriteAsync(version, NpgsqlDbType.Integer, cancellationToken);
        await importer.WriteTimeAsync(deal.RottingFlaggedAtUtc, cancellationToken);
        await importer.WriteAsync(deal.CustomFields.Json, NpgsqlDbType.Jsonb, cancellationToken);
    }
}
