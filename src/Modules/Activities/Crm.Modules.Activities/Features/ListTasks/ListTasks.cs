using Crm.Modules.Activities.Domain.Tasks;
using Crm.Modules.Activities.Features.Tasks;
using Crm.Modules.Activities.Persistence;
using Crm.Modules.Identity.Contracts;
using Crm.Shared.Infrastructure.Http;
using Crm.Shared.Kernel;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace Crm.Modules.Activities.Features.ListTasks;

/// <summary>The tasks the caller sees, newest first, one keyset page at a time, narrowed by <see cref="Filter"/>.</summary>
internal sealed record ListTasks(ListTasksFilter Filter, int? Limit, string? Cursor) : IQuery<Result<Page<TaskResponse>>>;

/// <summary>
/// <see cref="Mine"/> is the caller's tasks (instead of an <see cref="AssigneeId"/>); <see cref="DueBefore"/> keeps the
/// tasks due before that day: on an earlier day, or at an instant before its midnight UTC.
/// </summary>
internal sealed record ListTasksFilter(Guid? AssigneeId, bool Mine, TaskState? Status, string? RelatedType, Guid? RelatedId, DateOnly? DueBefore);

internal sealed class ListTasksHandler(ActivitiesDbContext db, IRecordVisibility visibility, ICurrentUser currentUser) : IQueryHandler<ListTasks, Result<Page<TaskResponse>>>
{
    public async ValueTask<Result<Page<TaskResponse>>> Handle(ListTasks query, CancellationToken cancellationToken)
    {
        var paging = PageRequest.Parse(query.Limit, query.Cursor);
        if (!paging.IsSuccess)
        {
            return paging.Error!;
        }

        var filtered = Filter(db.Tasks.AsNoTracking(), query.Filter);
        if (!filtered.IsSuccess)
        {
            return filtered.Error!;
        }

        var visible = await visibility.ForCurrentUserAsync(RecordTypes.Activities, cancellationToken);
        var tasks = filtered.Value.VisibleTo(visible);
        if (paging.Value.After is { } after)
        {
            var afterId = new ActivityTaskId(after);
            tasks = tasks.Where(t => t.Id.CompareTo(afterId) < 0);
        }

        var rows = await tasks.OrderByDescending(t => t.Id).Take(paging.Value.Limit + 1).ToListAsync(cancellationToken);
        return paging.Value.ToPage(rows, t => t.Id.Value, TaskResponse.From);
    }

    private Result<IQueryable<ActivityTask>> Filter(IQueryable<ActivityTask> tasks, ListTasksFilter filter)
    {
        if (filter.Mine && filter.AssigneeId is not null && filter.AssigneeId != currentUser.Id)
        {
            return Error.Validation("task.filter_invalid", "Give mine=true or an assigneeId, not both.");
        }

        if ((filter.RelatedType is null) != (filter.RelatedId is null) || (filter.RelatedType is not null && !TaskDetails.RelatedTypes.Contains(filter.RelatedType)))
        {
            return Error.Validation("task.filter_invalid", $"Filter on a related record with relatedType ({string.Join(", ", TaskDetails.RelatedTypes)}) and relatedId together.");
        }

        if ((filter.Mine ? currentUser.Id : filter.AssigneeId) is { } assigneeId)
        {
            tasks = tasks.Where(t => t.AssigneeId == assigneeId);
        }

        if (filter.Status is { } status)
        {
            tasks = tasks.Where(t => t.Status == status);
        }

        if (filter.RelatedType is { } relatedType)
        {
            tasks = tasks.Where(t => t.RelatedType == relatedType && t.RelatedId == filter.RelatedId);
        }

        if (filter.DueBefore is { } day)
        {
            var midnight = new DateTimeOffset(day.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero);
            tasks = tasks.Where(t => t.DueDate < day || t.DueAtUtc < midnight);
        }

        return Result<IQueryable<ActivityTask>>.Success(tasks);
    }
}
