using Mediator;

namespace Crm.Shared.Infrastructure.Behaviors;

/// <summary>A message that needs a named permission (for example <c>contacts.write</c>).</summary>
public interface IPermissionGuarded
{
    string RequiredPermission { get; }
}

/// <summary>Decides whether the current caller holds a permission. The Identity module provides the real one.</summary>
public interface IPermissionChecker
{
    bool HasPermission(string permission);
}

/// <summary>
/// The place for authorization in the pipeline: messages that declare a permission are refused when the
/// registered checker says no. Until the Identity module registers a checker, nothing is enforced.
/// </summary>
public sealed class AuthorizationBehavior<TMessage, TResponse>(IEnumerable<IPermissionChecker> checkers) : IPipelineBehavior<TMessage, TResponse>
    where TMessage : IMessage
{
    public ValueTask<TResponse> Handle(TMessage message, MessageHandlerDelegate<TMessage, TResponse> next, CancellationToken cancellationToken)
    {
        if (message is IPermissionGuarded guarded && checkers.Any(c => !c.HasPermission(guarded.RequiredPermission)))
        {
            throw new PermissionDeniedException(guarded.RequiredPermission);
        }

        return next(message, cancellationToken);
    }
}

/// <summary>The caller lacks a permission; answered with a 403 that names it.</summary>
public sealed class PermissionDeniedException(string permission) : Exception($"The permission '{permission}' is required.")
{
    public string Permission { get; } = permission;
}
