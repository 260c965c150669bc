using Crm.Modules.SalesPipeline.Domain.Pipelines;
using Crm.Modules.SalesPipeline.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Crm.Modules.SalesPipeline.Features.Schedule;

/// <summary>The pipeline renewal deals open in: the one marked for renewals, made (in the installation's language) when none is.</summary>
internal sealed class RenewalsPipeline(SalesDbContext db, IOptions<SalesOptions> options, TimeProvider time)
{
    public async Task<Pipeline> FindOrCreateAsync(CancellationToken cancellationToken)
    {
        var pipeline = await db.Pipelines.AsNoTracking().FirstOrDefaultAsync(p => p.ForRenewals, cancellationToken);
        if (pipeline is not null)
        {
            return pipeline;
        }

        var french = options.Value.Language == "fr";
        var last = await db.Pipelines.MaxAsync(p => (int?)p.Position, cancellationToken) ?? -1;
        List<StageSpec> stages =
        [
            new(null, french ? "À renouveler" : "Up for renewal", StageKind.Open, 50, 14, []),
            new(null, french ? "Négociation" : "Negotiation", StageKind.Open, 75, 7, []),
            new(null, french ? "Renouvelé" : "Renewed", StageKind.Won, 100, null, []),
            new(null, french ? "Non renouvelé" : "Not renewed", StageKind.Lost, 0, null, []),
        ];
        var created = Pipeline.Create(french ? "Renouvellements" : "Renewals", last + 1, stages, time.GetUtcNow()).Value;
        created.Serve(forRenewals: true, onboardingTemplateId: null);
        db.Pipelines.Add(created);
        await db.SaveChangesAsync(cancellationToken);
        return created;
    }
}
