using Crm.Shared.Kernel;

namespace Crm.Modules.SalesPipeline.Domain.Pipelines;

/// <summary>
/// A sales process: open stages in order, then one won and one lost stage. Stages keep their ids when redefined, so
/// deals and their history stay in place; a stage holding deals cannot be removed.
/// </summary>
internal sealed class Pipeline : AggregateRoot<PipelineId>
{
    public const int NameMaxLength = 100;
    public const int MaxStages = 30;

    private readonly List<Stage> _stages = [];

    private Pipeline(PipelineId id)
        : base(id)
    {
    }

    public string Name { get; private set; } = string.Empty;

    public int Position { get; private set; }

    /// <summary>Renewal deals open here, a set number of days before their subscription ends. One pipeline at most.</summary>
    public bool ForRenewals { get; private set; }

    /// <summary>The onboarding that starts when a deal of this pipeline is won, if any.</summary>
    public Guid? OnboardingTemplateId { get; private set; }

    /// <summary>Open stages in order, then the won stage, then the lost stage.</summary>
    public IReadOnlyList<Stage> Stages => [.. _stages.OrderBy(s => s.Position)];

    public Stage WonStage => _stages.Single(s => s.Kind == StageKind.Won);

    public Stage LostStage => _stages.Single(s => s.Kind == StageKind.Lost);

    public Stage FirstOpenStage => Stages.First(s => s.Kind == StageKind.Open);

    public Stage? StageOf(StageId id) => _stages.Find(s => s.Id == id);

    public static Result<Pipeline> Create(string? name, int position, IReadOnlyList<StageSpec> stages, DateTimeOffset now)
    {
        var pipeline = new Pipeline(PipelineId.New()) { Position = position };
        var defined = pipeline.Define(name, stages, new HashSet<StageId>(), now);
        return defined.IsSuccess ? pipeline : defined.Error!;
    }

    /// <summary>Renames the pipeline and replaces its stages; <paramref name="stagesHoldingDeals"/> may not be removed.</summary>
    public Result Define(string? name, IReadOnlyList<StageSpec> stages, IReadOnlySet<StageId> stagesHoldingDeals, DateTimeOffset now)
    {
        var trimmed = name?.Trim();
        if (string.IsNullOrEmpty(trimmed) || trimmed.Length > NameMaxLength)
        {
            return Error.Validation("pipeline.name_invalid", $"A pipeline needs a name of 1 to {NameMaxLength} characters.");
        }

        var checkedStages = CheckStages(stages, stagesHoldingDeals);
        if (!checkedStages.IsSuccess)
        {
            return checkedStages;
        }

        Name = trimmed;
        var kept = stages.Where(s => s.Id is not null).Select(s => new StageId(s.Id!.Value)).ToHashSet();
        _stages.RemoveAll(s => !kept.Contains(s.Id));
        var ordered = stages.Where(s => s.Kind == StageKind.Open)
            .Concat(stages.Where(s => s.Kind == StageKind.Won))
            .Concat(stages.Where(s => s.Kind == StageKind.Lost));
        var position = 0;
        foreach (var spec in ordered)
        {
            var stage = spec.Id is { } id ? _stages.Single(s => s.Id == new StageId(id)) : AddStage();
            stage.Apply(spec, position++);
        }

        Raise(new PipelineDefined(Id, now));
        return Result.Success();
    }

    public void Serve(bool forRenewals, Guid? onboardingTemplateId)
    {
        ForRenewals = forRenewals;
        OnboardingTemplateId = onboardingTemplateId;
    }

    private Stage AddStage()
    {
        var stage = Stage.New(Id);
        _stages.Add(stage);
        return stage;
    }

    private Result CheckStages(IReadOnlyList<StageSpec> stages, IReadOnlySet<StageId> stagesHoldingDeals)
    {
        if (stages.Count is < 3 or > MaxStages
            || stages.Count(s => s.Kind == StageKind.Won) != 1
            || stages.Count(s => s.Kind == StageKind.Lost) != 1)
        {
            return Error.Validation(
                "pipeline.stages_invalid",
                $"A pipeline has at least one open stage, exactly one won stage and one lost stage ({MaxStages} stages at most).");
        }

        foreach (var spec in stages)
        {
            var checkedSpec = Stage.CheckSpec(spec);
            if (!checkedSpec.IsSuccess)
            {
                return checkedSpec;
            }
        }

        var twice = stages.GroupBy(s => s.Name!.Trim(), StringComparer.CurrentCultureIgnoreCase).FirstOrDefault(g => g.Count() > 1);
        if (twice is not null)
        {
            return Error.Validation("stage.name_taken", $"Two stages are named \"{twice.Key}\": give each stage its own name.");
        }

        var foreign = stages.FirstOrDefault(s => s.Id is { } id && StageOf(new StageId(id)) is null);
        if (foreign is not null)
        {
            return Error.Validation("stage.unknown", $"The stage {foreign.Id} is not a stage of this pipeline: leave the id out to add a new stage.");
        }

        var sameKindKept = stages.FirstOrDefault(s => s.Id is { } id && StageOf(new StageId(id))!.Kind != s.Kind && stagesHoldingDeals.Contains(new StageId(id)));
        if (sameKindKept is not null)
        {
            return Error.Conflict("stage.kind_in_use", $"\"{sameKindKept.Name!.Trim()}\" holds deals: its kind (open, won, lost) cannot change. Move its deals first.");
        }

        var kept = stages.Where(s => s.Id is not null).Select(s => new StageId(s.Id!.Value)).ToHashSet();
        var removedInUse = _stages.Where(s => !kept.Contains(s.Id) && stagesHoldingDeals.Contains(s.Id)).Select(s => s.Name).ToList();
        return removedInUse.Count == 0
            ? Result.Success()
            : Error.Conflict(
                "stage.in_use",
                $"These stages hold deals and cannot be removed: {string.Join(", ", removedInUse)}. Move their deals to another stage first.");
    }
}
