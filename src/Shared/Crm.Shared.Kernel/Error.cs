namespace Crm.Shared.Kernel;

public enum ErrorKind
{
    Validation,
    Unauthenticated,
    Forbidden,
    NotFound,
    Conflict,
    PreconditionFailed,
    RuleBroken,
    PreconditionRequired,
    Unexpected,
}

/// <summary>An expected failure. <see cref="Code"/> is stable: clients may branch on it.</summary>
public sealed record Error(string Code, string Message, ErrorKind Kind)
{
    public static Error NotFound(string code, string message) => new(code, message, ErrorKind.NotFound);

    public static Error Conflict(string code, string message) => new(code, message, ErrorKind.Conflict);

    public static Error Validation(string code, string message) => new(code, message, ErrorKind.Validation);

    public static Error Unauthenticated(string code, string message) => new(code, message, ErrorKind.Unauthenticated);

    public static Error Forbidden(string code, string message) => new(code, message, ErrorKind.Forbidden);

    public static Error RuleBroken(string code, string message) => new(code, message, ErrorKind.RuleBroken);

    public static Error PreconditionFailed(string code, string message) => new(code, message, ErrorKind.PreconditionFailed);

    public static Error PreconditionRequired(string code, string message) => new(code, message, ErrorKind.PreconditionRequired);
}
