using Crm.Modules.SalesPipeline.Domain.LostReasons;
using Crm.Modules.SalesPipeline.Domain.Pipelines;
using Crm.Modules.SalesPipeline.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Crm.Modules.SalesPipeline.Features.Setup;

/// <summary>
/// A fresh installation gets a pipeline with the usual stages and the usual lost reasons, named in the installation's
/// language (<see cref="SalesOptions.Language"/>). Nothing is seeded once a pipeline exists, so administrators' changes stay.
/// </summary>
internal sealed class SalesSeeder(SalesDbContext db, IOptions<SalesOptions> options, TimeProvider time)
{
    public async Task SeedAsync(CancellationToken cancellationToken)
    {
        if (await db.Pipelines.AnyAsync(cancellationToken))
        {
            return;
        }

        var french = options.Value.Language == "fr";
        StageSpec Open(string fr, string en, int probability, int rottingDays) =>
            new(null, french ? fr : en, StageKind.Open, probability, rottingDays, []);
        var stages = new List<StageSpec>
        {
            Open("Qualification", "Qualification", 10, 14),
            Open("Analyse du besoin", "Needs analysis", 25, 14),
            Open("Proposition", "Proposal", 50, 10),
            Open("Négociation", "Negotiation", 75, 7),
            new(null, french ? "Gagnée" : "Won", StageKind.Won, 100, null, []),
            new(null, french ? "Perdue" : "Lost", StageKind.Lost, 0, null, []),
        };
        db.Pipelines.Add(Pipeline.Create(french ? "Nouvelles affaires" : "New business", 0, stages, time.GetUtcNow()).Value);

        string[] reasons = french
            ? ["Prix trop élevé", "Concurrent choisi", "Pas de budget", "Pas de décision", "Mauvais moment", "Autre"]
            : ["Price too high", "Chose a competitor", "No budget", "No decision", "Bad timing", "Other"];
        db.LostReasons.AddRange(reasons.Select((name, position) => LostReason.Create(name, position).Value));
        await db.SaveChangesAsync(cancellationToken);
    }
}
