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

    /// <summary>A service the request needs (the mail server) cannot do it now; the same request may succeed later.</summary>
    Unavailable,
    Unexpected,
}

/// <summary>An expected failure. <see cref="Code"/> is stable: clients may branch on it.</summary>
public sealed record Error(string Code, string Message, ErrorKind Kind)
{
    /// <summary>What a client needs to act on the failure beyond the message (the possible duplicates of a 409), sent as problem members.</summary>
    public IReadOnlyDictionary<string, object?> Extensions { get; init; } = NoExtensions;

    // One shared empty set, so that errors without extensions stay equal by value.
    private static IReadOnlyDictionary<string, object?> NoExtensions { get; } = new Dictionary<string, object?>();

    public static Error NotFound(string code, string message) => new(code, message, ErrorKind.NotFound);

    public static Error Conflict(string code, string message) => new(code, message, ErrorKind.Conflict);

    public static Error Validation(string code, string message) => new(code, message, ErrorKind.Validation);

    public static Error Unauthenticated(string code, string message) => new(code, message, ErrorKind.Unauthenticated);

    public static Error Forbidden(string code, string message) => new(code, message, ErrorKind.Forbidden);

    public static Error RuleBroken(string code, string message) => new(code, message, ErrorKind.RuleBroken);

    public static Error PreconditionFailed(string code, string message) => new(code, message, ErrorKind.PreconditionFailed);

    public static Error PreconditionRequired(string code, string message) => new(code, message, ErrorKind.PreconditionRequired);

    public static Error Unavailable(string code, string message) => new(code, message, ErrorKind.Unavailable);
}
