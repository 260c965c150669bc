using Crm.Shared.Kernel;

namespace Crm.Modules.SalesPipeline.Features.Pipelines;

internal static class PipelineErrors
{
    public static Error NotFound(Guid id) => Error.NotFound("pipeline.not_found", $"No pipeline has the id {id}.");

    public static Error StageNotFound(Guid id) => Error.NotFound("stage.not_found", $"No stage has the id {id}.");
}
