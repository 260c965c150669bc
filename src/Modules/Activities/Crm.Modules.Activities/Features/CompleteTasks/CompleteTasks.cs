using Crm.Modules.Activities.Features.Tasks;
using Crm.Modules.Activities.Persistence;
using Crm.Shared.Kernel;
using FluentValidation;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace Crm.Modules.Activities.Features.CompleteTasks;

/// <summary>
/// Marks several tasks done, each at the version the caller saw, as <see cref="CompleteTask.CompleteTask"/> does one by one: each
/// is saved on its own, so one changed meanwhile or already done is reported and the others are completed.
/// </summary>
internal sealed record CompleteTasks(IReadOnlyList<TaskAtVersion>? Items) : ICommand<Result<CompleteTasksResponse>>;

internal sealed record TaskAtVersion(Guid Id, int Version);

internal sealed record CompleteTasksResponse(IReadOnlyList<Guid> Completed, IReadOnlyList<TaskNotCompleted> Failed);

internal sealed record TaskNotCompleted(Guid Id, string Code, string Detail);

internal sealed class CompleteTasksValidator : AbstractValidator<CompleteTasks>
{
    public const int MaxItems = 200;

    public CompleteTasksValidator() =>
        RuleFor(c => c.Items).Cascade(CascadeMode.Stop).NotEmpty().WithMessage("Name the tasks to mark done (items: id and version).")
            .Must(i => i!.Count <= MaxItems).WithMessage($"Mark at most {MaxItems} tasks done at once.")
            .Must(i => i!.Select(t => t.Id).Distinct().Count() == i!.Count).WithMessage("Name each task once.");
}

internal sealed class CompleteTasksHandler(ActivitiesDbContext db, ISender sender) : ICommandHandler<CompleteTasks, Result<CompleteTasksResponse>>
{
    public async ValueTask<Result<CompleteTasksResponse>> Handle(CompleteTasks command, CancellationToken cancellationToken)
    {
        var completed = new List<Guid>();
        var failed = new List<TaskNotCompleted>();
        foreach (var item in command.Items!)
        {
            Result<TaskResponse> result;
            try
            {
                result = await sender.Send(new CompleteTask.CompleteTask(item.Id, VersionPrecondition.OneOf([item.Version])), cancellationToken);
            }
            catch (DbUpdateConcurrencyException)
            {
                result = Error.PreconditionFailed("version.stale", "The task was changed by someone else while it was saved.");
            }

            // Each task stands alone: nothing a failed one left tracked is saved with the next.
            db.ChangeTracker.Clear();
            if (result.IsSuccess)
            {
                completed.Add(item.Id);
            }
            else
            {
                failed.Add(new TaskNotCompleted(item.Id, result.Error!.Code, result.Error.Message));
            }
        }

        return new CompleteTasksResponse(completed, failed);
    }
}
