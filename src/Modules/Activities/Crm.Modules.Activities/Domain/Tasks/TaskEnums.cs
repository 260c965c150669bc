namespace Crm.Modules.Activities.Domain.Tasks;

internal enum TaskPriority
{
    Low,
    Normal,
    High,
}

internal enum TaskState
{
    Open,
    Done,
    Cancelled,
}

/// <summary>Who put the task on the list: a user, a won deal's onboarding, or a deal left idle too long.</summary>
internal enum TaskSource
{
    User,
    Onboarding,
    DealRotting,
}
