using Crm.Modules.Identity.Contracts;
using Crm.Shared.Infrastructure.Http;
using Crm.Shared.Infrastructure.Security;
using Crm.Shared.Kernel;
using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;

namespace Crm.Modules.Activities.Features.Tasks;

/// <summary>A change of a task's status (complete, reopen): <c>POST /tasks/{id}/{action}</c> with If-Match.</summary>
internal static class TaskActionEndpoint
{
    public static void Map<TCommand>(RouteGroupBuilder group, string action, string summary, Func<Guid, VersionPrecondition, TCommand> command)
        where TCommand : ICommand<Result<TaskResponse>> =>
        group.MapPost($"/{{id:guid}}/{action}", (Guid id, ISender sender, HttpContext http, CancellationToken cancellationToken) =>
                HandleAsync(id, command, sender, http, cancellationToken))
            .WithName(typeof(TCommand).Name)
            .RequirePermission(Permissions.ActivitiesWrite)
            .WithSummary($"{summary} Requires If-Match.")
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesProblem(StatusCodes.Status412PreconditionFailed)
            .ProducesProblem(StatusCodes.Status428PreconditionRequired);

    private static async Task<Results<Ok<TaskResponse>, ProblemHttpResult>> HandleAsync<TCommand>(
        Guid id, Func<Guid, VersionPrecondition, TCommand> command, ISender sender, HttpContext http, CancellationToken cancellationToken)
        where TCommand : ICommand<Result<TaskResponse>>
    {
        var precondition = http.Request.ReadIfMatch();
        if (!precondition.IsSuccess)
        {
            return precondition.Error.ToProblem(http);
        }

        var result = await sender.Send(command(id, precondition.Value), cancellationToken);
        if (!result.IsSuccess)
        {
            return result.Error.ToProblem(http);
        }

        http.Response.SetETag(result.Value.Version);
        return TypedResults.Ok(result.Value);
    }
}
