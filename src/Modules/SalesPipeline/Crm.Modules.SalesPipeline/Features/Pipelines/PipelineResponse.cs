using Crm.Modules.SalesPipeline.Domain.Pipelines;

namespace Crm.Modules.SalesPipeline.Features.Pipelines;

internal sealed record StageResponse(Guid Id, string Name, StageKind Kind, int Position, int Probability, int? RottingDays, IReadOnlyList<string> RequiredFields)
{
    public static StageResponse From(Stage stage) =>
        new(stage.Id.Value, stage.Name, stage.Kind, stage.Position, stage.Probability, stage.RottingDays, stage.RequiredFields);
}

internal sealed record PipelineResponse(Guid Id, string Name, int Position, IReadOnlyList<StageResponse> Stages, bool ForRenewals, Guid? OnboardingTemplateId, int Version)
{
    public static PipelineResponse From(Pipeline pipeline) => new(
        pipeline.Id.Value, pipeline.Name, pipeline.Position, [.. pipeline.Stages.Select(StageResponse.From)], pipeline.ForRenewals, pipeline.OnboardingTemplateId, pipeline.Version);
}
