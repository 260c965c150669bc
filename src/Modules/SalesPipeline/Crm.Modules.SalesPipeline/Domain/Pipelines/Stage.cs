using Crm.Shared.Kernel;

namespace Crm.Modules.SalesPipeline.Domain.Pipelines;

/// <summary>
/// A step of a pipeline. <see cref="Probability"/> (0–100) weighs the forecast; <see cref="RottingDays"/> flags a deal
/// left that long without activity; <see cref="RequiredFields"/> must hold a value before a deal enters.
/// </summary>
internal sealed class Stage : Entity<StageId>
{
    public const int NameMaxLength = 60;
    public const int MaxRottingDays = 365;

    private List<string> _requiredFields = [];

    private Stage(StageId id, PipelineId pipelineId)
        : base(id) => PipelineId = pipelineId;

    public PipelineId PipelineId { get; private init; }

    public string Name { get; private set; } = string.Empty;

    public StageKind Kind { get; private set; }

    public int Position { get; private set; }

    public int Probability { get; private set; }

    public int? RottingDays { get; private set; }

    public IReadOnlyList<string> RequiredFields => _requiredFields;

    public bool IsClosing => Kind != StageKind.Open;

    internal static Stage New(PipelineId pipelineId) => new(StageId.New(), pipelineId);

    internal void Apply(StageSpec spec, int position)
    {
        Name = spec.Name!.Trim();
        Kind = spec.Kind;
        Position = position;
        Probability = spec.Kind switch
        {
            StageKind.Won => 100,
            StageKind.Lost => 0,
            _ => spec.Probability,
        };
        RottingDays = spec.Kind == StageKind.Open ? spec.RottingDays : null;
        _requiredFields = [.. (spec.RequiredFields ?? []).Distinct(StringComparer.Ordinal)];
    }

    /// <summary>The required fields <paramref name="holdsValue"/> says the deal lacks, in the stage's order.</summary>
    public IReadOnlyList<string> MissingFields(Func<string, bool> holdsValue) => [.. _requiredFields.Where(f => !holdsValue(f))];

    internal static Result CheckSpec(StageSpec spec)
    {
        var name = spec.Name?.Trim();
        if (string.IsNullOrEmpty(name) || name.Length > NameMaxLength)
        {
            return Error.Validation("stage.name_invalid", $"Each stage needs a name of 1 to {NameMaxLength} characters.");
        }

        if (spec.Kind == StageKind.Open && spec.Probability is < 0 or > 100)
        {
            return Error.Validation("stage.probability_invalid", $"The win probability of \"{name}\" must be between 0 and 100 %.");
        }

        if (spec.RottingDays is < 1 or > MaxRottingDays)
        {
            return Error.Validation("stage.rotting_days_invalid", $"The rotting period of \"{name}\" must be 1 to {MaxRottingDays} days, or none.");
        }

        var unknown = (spec.RequiredFields ?? []).FirstOrDefault(f => !DealField.All.Contains(f));
        return unknown is null
            ? Result.Success()
            : Error.Validation("stage.required_field_unknown", $"\"{unknown}\" is not a field a stage can require ({string.Join(", ", DealField.All)}).");
    }
}
