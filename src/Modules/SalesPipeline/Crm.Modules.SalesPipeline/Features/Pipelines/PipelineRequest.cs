using Crm.Modules.SalesPipeline.Domain.Pipelines;

namespace Crm.Modules.SalesPipeline.Features.Pipelines;

/// <summary>A pipeline as written by an administrator: its stages in order (an <c>id</c> keeps an existing stage).</summary>
internal sealed record PipelineRequest(string? Name, IReadOnlyList<StageRequest>? Stages, bool? ForRenewals = null, Guid? OnboardingTemplateId = null)
{
    public IReadOnlyList<StageSpec> ToSpecs() =>
        [.. (Stages ?? []).Select(s => new StageSpec(s.Id, s.Name, s.Kind ?? StageKind.Open, s.Probability ?? 0, s.RottingDays, s.RequiredFields))];
}

internal sealed record StageRequest(Guid? Id, string? Name, StageKind? Kind, int? Probability, int? RottingDays, IReadOnlyList<string>? RequiredFields);
