using Crm.Modules.SalesPipeline;
using Crm.Modules.SalesPipeline.Domain.LostReasons;
using Crm.Modules.SalesPipeline.Domain.Pipelines;
using Crm.Modules.SalesPipeline.Persistence;
using Crm.Shared.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Crm.Benchmarks;

/// <summary>
/// The pipelines (with their stages, in the order the board shows them) and the active lost reasons as the module's
/// own context reads them, so that deals built with <c>Deal.Create</c> and <c>MoveTo</c> name the stored stages.
/// </summary>
internal sealed record SalesModel(IReadOnlyList<Pipeline> Pipelines, IReadOnlyList<LostReason> LostReasons)
{
    public static async Task<SalesModel> LoadAsync(string connectionString, CancellationToken cancellationToken)
    {
        await using var db = CreateContext(connectionString);
        var pipelines = await db.Pipelines.AsNoTracking().OrderBy(p => p.Position).ToListAsync(cancellationToken);
        var reasons = await db.LostReasons.AsNoTracking().Where(r => r.IsActive).OrderBy(r => r.Position).ToListAsync(cancellationToken);
        return new SalesModel(pipelines, reasons);
    }

    /// <summary>The module's context with the host's own options (snake_case names, prepared statements).</summary>
    public static SalesDbContext CreateContext(string connectionString)
    {
        var builder = new DbContextOptionsBuilder<SalesDbContext>();
        ModuleDbContextOptions.Apply(builder, new DatabaseOptions(DatabaseProvider.Postgres, connectionString, "./data"), SalesPipelineModule.Schema);
        return new SalesDbContext(builder.Options);
    }

    /// <summary>The open stages of a pipeline, in order.</summary>
    public static IReadOnlyList<Stage> OpenStages(Pipeline pipeline) => [.. pipeline.Stages.Where(s => s.Kind == StageKind.Open)];
}
