namespace Crm.Modules.Activities.Domain.Interactions;

internal enum InteractionKind
{
    Call,
    Visit,
}

internal enum CallDirection
{
    Inbound,
    Outbound,
}

internal enum CallOutcome
{
    Reached,
    NoAnswer,
    LeftMessage,
    Busy,
    WrongNumber,
}
