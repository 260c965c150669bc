using Crm.Modules.SalesPipeline.Domain.Deals;
using Crm.Shared.Kernel;

namespace Crm.Benchmarks;

/// <summary>What becomes of a seeded deal: it stays open, or it is won or lost after a while in an open stage.</summary>
internal enum DealFate
{
    Open,
    Won,
    Lost,
}

/// <summary>When a seeded deal is created, what becomes of it and when it closes (for a won or lost one).</summary>
internal readonly record struct DealPlan(DateTimeOffset CreatedAt, DealFate Fate, DateTimeOffset? ClosedAt);

/// <summary>
/// Deals built through the module's own factories (<see cref="DealDetails"/>, <see cref="Deal.Create"/>, then
/// <see cref="Deal.MoveTo"/> for a won or lost one), as the API builds them: half open, spread over the open stages
/// (more in the first ones), the others won (two in five) or lost; pipelines one, two and three take 50, 30 and 20 %;
/// amounts in EUR (one in twenty in USD, one in fifty without an amount), expected close dates over two years
/// (open deals from six months back to eighteen ahead), forecast categories mixed, owners among the given users,
/// a seeded company for 85 % with one to three of its contacts (else, half the time, any contact).
/// </summary>
internal sealed class DealGenerator(SalesModel model, IReadOnlyList<Guid> owners, SeededDirectory directory, DateTimeOffset now, Random random)
{
    private static readonly int[] PipelineWeights = [50, 30, 20];

    private static readonly string[] Topics =
    [
        "Licences", "Renouvellement annuel", "Extension de contrat", "Formation des équipes", "Support premium", "Migration cloud",
        "Audit de sécurité", "Intégration ERP", "Pilote", "Déploiement national", "Maintenance", "Conseil",
    ];

    private static readonly string[] NextSteps =
    [
        "Relancer par téléphone", "Envoyer la proposition", "Démonstration à planifier", "Attendre le comité d'achat",
        "Valider le budget", "Rencontrer le directeur financier",
    ];

    private static readonly string[] LostNotes = ["Budget reporté à l'an prochain", "Trop cher face au concurrent", "Projet abandonné"];

    private static readonly (ForecastCategory Category, int Weight)[] Categories =
        [(ForecastCategory.Pipeline, 45), (ForecastCategory.BestCase, 20), (ForecastCategory.Commit, 25), (ForecastCategory.Omitted, 10)];

    private static readonly ContactRole[] Roles = Enum.GetValues<ContactRole>();

    /// <summary>
    /// The plans of <paramref name="count"/> deals in order of creation: half open (created in the last year), the
    /// others created in the last two years and closed 1 to 180 days later (never after <paramref name="now"/>).
    /// </summary>
    public static IReadOnlyList<DealPlan> Plan(int count, DateTimeOffset now, Random random)
    {
        var plans = new List<DealPlan>(count);
        for (var i = 0; i < count; i++)
        {
            if (i % 2 == 0)
            {
                plans.Add(new DealPlan(now.AddSeconds(-random.Next(3600, 365 * 86_400)), DealFate.Open, null));
                continue;
            }

            var created = now.AddSeconds(-random.Next(2 * 86_400, 730 * 86_400));
            var closed = created.AddSeconds(random.Next(86_400, 180 * 86_400));
            if (closed > now.AddMinutes(-1))
            {
                closed = now.AddMinutes(-1 - random.Next(1000));
            }

            plans.Add(new DealPlan(created, random.Next(5) < 2 ? DealFate.Won : DealFate.Lost, closed));
        }

        plans.Sort((a, b) => a.CreatedAt.CompareTo(b.CreatedAt));
        return plans;
    }

    public Deal Build(DealPlan plan)
    {
        var pipeline = model.Pipelines[Weighted(PipelineWeights.Length, i => PipelineWeights[i])];
        var openStages = SalesModel.OpenStages(pipeline);
        // A funnel: the first open stage holds the most deals, the last the fewest.
        var stage = openStages[Weighted(openStages.Count, i => openStages.Count - i + 1)];
        var owner = owners[random.Next(owners.Count)];

        Guid? companyId = null;
        var name = Topics[random.Next(Topics.Length)];
        var contacts = new List<(Guid ContactId, ContactRole Role)>();
        if (directory.Companies.Length > 0 && random.Next(100) < 85)
        {
            var company = random.Next(directory.Companies.Length);
            companyId = directory.Companies[company];
            name = $"{directory.CompanyNames[company]} – {name}";
            if (directory.CompanyContacts.TryGetValue(companyId.Value, out var people))
            {
                var take = Math.Min(people.Length, 1 + random.Next(3));
                var first = random.Next(people.Length);
                for (var i = 0; i < take; i++)
                {
                    contacts.Add((people[(first + i) % people.Length], Roles[random.Next(Roles.Length)]));
                }
            }
        }

        if (contacts.Count == 0 && directory.Contacts.Length > 0 && random.Next(2) == 0)
        {
            contacts.Add((directory.Contacts[random.Next(directory.Contacts.Length)], Roles[random.Next(Roles.Length)]));
        }

        var today = DateOnly.FromDateTime(now.UtcDateTime);
        var expectedClose = plan.ClosedAt is { } closedAt
            ? DateOnly.FromDateTime(closedAt.UtcDateTime).AddDays(random.Next(-45, 31))
            : today.AddDays(random.Next(-182, 548));
        var details = new DealDetails(
            name.Length > Deal.NameMaxLength ? name[..Deal.NameMaxLength] : name,
            Amount(),
            expectedClose,
            companyId,
            contacts,
            random.Next(100) < 60 ? SeedValues.Sources[random.Next(SeedValues.Sources.Length)] : null,
            random.Next(100) < (plan.Fate == DealFate.Open ? 50 : 10) ? NextSteps[random.Next(NextSteps.Length)] : null,
            Categories[Weighted(Categories.Length, i => Categories[i].Weight)].Category);
        var deal = SeedValues.Value(Deal.Create(details, owner, pipeline, stage, owner, plan.CreatedAt), "deal");
        if (plan.ClosedAt is { } closed)
        {
            var lost = plan.Fate == DealFate.Lost;
            var moved = deal.MoveTo(
                pipeline,
                lost ? pipeline.LostStage : pipeline.WonStage,
                owner,
                closed,
                lost ? model.LostReasons[random.Next(model.LostReasons.Count)] : null,
                lost && random.Next(5) == 0 ? LostNotes[random.Next(LostNotes.Length)] : null);
            if (!moved.IsSuccess)
            {
                throw new InvalidOperationException($"Closing a generated deal was refused: {moved.Error.Message}");
            }
        }

        return deal;
    }

    /// <summary>From 500 to 250,000 (log-uniform), whole units three times in four; EUR, one in twenty USD; none one in fifty.</summary>
    private Money? Amount()
    {
        if (random.Next(50) == 0)
        {
            return null;
        }

        var units = Math.Round(Math.Exp(Math.Log(500) + (random.NextDouble() * (Math.Log(250_000) - Math.Log(500)))));
        var amount = (decimal)units + (random.Next(4) == 0 ? random.Next(100) / 100m : 0m);
        return Money.Create(amount, random.Next(20) == 0 ? "USD" : "EUR").Value;
    }

    private int Weighted(int count, Func<int, int> weight)
    {
        var total = 0;
        for (var i = 0; i < count; i++)
        {
            total += weight(i);
        }

        var roll = random.Next(total);
        for (var i = 0; i < count; i++)
        {
            roll -= weight(i);
            if (roll < 0)
            {
                return i;
            }
        }

        return count - 1;
    }
}
