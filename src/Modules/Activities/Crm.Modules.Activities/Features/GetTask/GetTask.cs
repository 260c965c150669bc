using Crm.Modules.Activities.Features.Tasks;
using Crm.Shared.Kernel;
using Mediator;

namespace Crm.Modules.Activities.Features.GetTask;

internal sealed record GetTask(Guid Id) : IQuery<Result<TaskResponse>>;

internal sealed class GetTaskHandler(VisibleTaskLoader loader) : IQueryHandler<GetTask, Result<TaskResponse>>
{
    public async ValueTask<Result<TaskResponse>> Handle(GetTask query, CancellationToken cancellationToken)
    {
        var task = await loader.LoadAsync(query.Id, forChange: false, cancellationToken);
        return task.IsSuccess ? TaskResponse.From(task.Value) : task.Error!;
    }
}
