namespace Crm.Modules.SalesPipeline.Domain.Pipelines;

/// <summary>A stage as an administrator describes it; <see cref="Id"/> names a stage kept from before, null a new one.</summary>
internal sealed record StageSpec(Guid? Id, string? Name, StageKind Kind, int Probability, int? RottingDays, IReadOnlyList<string>? RequiredFields);
