using Microsoft.AspNetCore.Mvc.ModelBinding;
using Otklik.Web.Infrastructure.Errors;

namespace Otklik.Web.Features.Shared;

public static class ModelStateErrors
{
    // Field errors go next to their fields; a general error goes to the summary.
    public static void AddError(this ModelStateDictionary modelState, Error error)
    {
        if (error.Fields is not { Count: > 0 })
        {
            modelState.AddModelError(string.Empty, error.Message);
            return;
        }

        foreach (var (field, messages) in error.Fields)
        {
            foreach (var message in messages)
            {
                modelState.AddModelError(field, message);
            }
        }
    }
}
