"""A faster execution of plain data, with the same results (and errors) as graphql-core's.

Most of an answer is data read straight off objects (a meeting's `id`, its `participants
{ name }`): strawberry resolves those fields with `getattr`, and graphql-core then spends a
dozen calls per field and per list item (resolve info, response path, awaitable checks,
list and object completion). `FastExecutionContext.execute_fields` completes a field inline
when it and everything selected below it are *plain*: no resolver, no arguments, no resolve
middleware, leaf values that coerce, no null where null is not allowed. Such a subtree runs
no user code and cannot touch the graph, so when anything in it is not plain the attempt is
simply dropped (no side effects) and that field goes through graphql-core's own path, which
produces exactly the value or error it always did. Fields with resolvers (DataLoaders) are
never touched.
"""

from __future__ import annotations

from typing import Any

from graphql import GraphQLList, GraphQLNonNull, GraphQLObjectType, Undefined, is_leaf_type
from strawberry.schema.schema import StrawberryGraphQLCoreExecutionContext
from strawberry.schema.schema_converter import GraphQLCoreConverter
from strawberry.types.field import StrawberryField

# (id(parent type), field name) -> (attribute, output type) for fields read with getattr
_PLANS: dict[tuple[int, str], tuple[str, Any] | None] = {}


class _NotPlain(Exception):
    """Something in the subtree needs graphql-core's own execution."""


def _plan(parent_type: GraphQLObjectType, name: str) -> tuple[str, Any] | None:
    key = (id(parent_type), name)
    try:
        return _PLANS[key]
    except KeyError:
        pass
    plan = None
    field_def = parent_type.fields.get(name)
    if field_def is not None and not field_def.args:
        resolve = field_def.resolve
        definition = (field_def.extensions or {}).get(GraphQLCoreConverter.DEFINITION_BACKREF)
        if (resolve is not None and getattr(resolve, "_is_default", False)
                and isinstance(definition, StrawberryField) and definition.is_basic_field
                and definition.default_resolver is getattr):
            plan = (definition.python_name, field_def.type)
    _PLANS[key] = plan
    return plan


# id(output type) -> (kind, inner type, non-null): what `_complete_plain` does with a value
_LEAF, _LIST, _OBJECT, _OTHER = range(4)
_KINDS: dict[int, tuple[int, Any, bool]] = {}


def _kind(field_type: Any) -> tuple[int, Any, bool]:
    found = _KINDS.get(id(field_type))
    if found is None:
        non_null = isinstance(field_type, GraphQLNonNull)
        inner = field_type.of_type if non_null else field_type
        if isinstance(inner, GraphQLList):
            kind = _LIST
        elif isinstance(inner, GraphQLObjectType):
            kind = _OBJECT
        elif is_leaf_type(inner):
            kind = _LEAF
        else:  # interfaces and unions: graphql-core resolves the runtime type
            kind = _OTHER
        # the schema's types live as long as the process: their ids stay theirs
        found = _KINDS[id(field_type)] = (kind, inner, non_null)
    return found


class FastExecutionContext(StrawberryGraphQLCoreExecutionContext):
    _not_plain: set[tuple[int, int]]
    _selections: dict[tuple[int, int], Any]

    def _subfields(self, object_type: GraphQLObjectType, field_details_list: Any) -> list:
        """[(response name, attribute or None for __typename, type, field details, coercion
        for a leaf else None, non-null)] of the selection on an object type, for this request;
        raises _NotPlain if any of it is not plain."""
        try:
            cache = self._selections
        except AttributeError:
            cache = self._selections = {}
        key = (id(object_type), id(field_details_list))
        found = cache.get(key)
        if found is None:
            # graphql-core keeps field_details_list alive for the request (its own memo)
            grouped, defer_usages, _ = self.collect_subfields(object_type, field_details_list)
            found = []
            if defer_usages:
                found = None
            else:
                for response_name, sub_list in grouped.items():
                    name = sub_list[0].node.name.value
                    if name == "__typename":
                        found.append((response_name, None, None, sub_list, None, False))
                        continue
                    plan = _plan(object_type, name)
                    if plan is None:
                        found = None
                        break
                    kind, inner, non_null = _kind(plan[1])
                    coerce = inner.coerce_output_value if kind == _LEAF else None
                    found.append((response_name, plan[0], plan[1], sub_list, coerce, non_null))
            cache[key] = found = found if found is not None else False
        if found is False:
            raise _NotPlain
        return found

    def _complete_plain(self, field_type: Any, field_details_list: Any, value: Any) -> Any:
        kind, inner, non_null = _kind(field_type)
        if value is None:
            if non_null:
                raise _NotPlain
            return None
        if kind == _LEAF:
            coerced = inner.coerce_output_value(value)
            if coerced is None or coerced is Undefined:
                raise _NotPlain
            return coerced
        if kind == _OBJECT:
            is_type_of = inner.is_type_of
            if is_type_of is not None and is_type_of(value, None) is not True:
                raise _NotPlain
            complete = self._complete_plain
            result = {}
            for response_name, attr, sub_type, sub_list, coerce, sub_non_null in self._subfields(
                    inner, field_details_list):
                if attr is None:
                    result[response_name] = inner.name
                    continue
                item = getattr(value, attr)
                if coerce is None:  # a list or an object
                    result[response_name] = complete(sub_type, sub_list, item)
                elif item is None:  # a leaf, inline
                    if sub_non_null:
                        raise _NotPlain
                    result[response_name] = None
                else:
                    coerced = coerce(item)
                    if coerced is None or coerced is Undefined:
                        raise _NotPlain
                    result[response_name] = coerced
            return result
        if kind == _LIST:
            if type(value) is not list:
                raise _NotPlain
            item_type = inner.of_type
            complete = self._complete_plain
            return [complete(item_type, field_details_list, item) for item in value]
        raise _NotPlain

    def complete_value(self, return_type: Any, field_details_list: Any, info: Any, path: Any,
                       result: Any, position_context: Any) -> Any:
        """A resolver's value (a connection's `nodes`, a person's `titleHistory`) completed
        inline when all of it is plain, else as graphql-core does."""
        middleware = self.middleware_manager
        if not isinstance(result, Exception) and (middleware is None
                                                  or not middleware._middleware_resolvers):
            try:
                not_plain = self._not_plain
            except AttributeError:
                not_plain = self._not_plain = set()
            memo = (id(return_type), id(field_details_list))
            if memo not in not_plain:
                try:
                    return self._complete_plain(return_type, field_details_list, result)
                except Exception:  # noqa: BLE001 - graphql-core's path will handle it
                    not_plain.add(memo)
        return super().complete_value(return_type, field_details_list, info, path, result,
                                      position_context)

    def execute_fields(self, parent_type: GraphQLObjectType, source_value: Any, path: Any,
                       grouped_field_set: Any, position_context: Any) -> Any:
        middleware = self.middleware_manager
        if middleware is not None and middleware._middleware_resolvers:
            return super().execute_fields(parent_type, source_value, path, grouped_field_set,
                                          position_context)
        try:
            not_plain = self._not_plain
        except AttributeError:
            not_plain = self._not_plain = set()
        results: dict[str, Any] = {}
        slow: dict[str, Any] = {}
        for response_name, field_details_list in grouped_field_set.items():
            plan = _plan(parent_type, field_details_list[0].node.name.value)
            memo = (id(parent_type), id(field_details_list))
            if plan is not None and memo not in not_plain:
                try:
                    results[response_name] = self._complete_plain(
                        plan[1], field_details_list, getattr(source_value, plan[0]))
                    continue
                except Exception:  # noqa: BLE001 - graphql-core's path will handle it
                    not_plain.add(memo)
            slow[response_name] = field_details_list
            results[response_name] = _SLOW  # keeps the response order
        if not slow:
            return results
        done = super().execute_fields(parent_type, source_value, path, slow, position_context)
        if self.is_awaitable(done):
            async def merge() -> dict[str, Any]:
                return _merge(results, await done)
            return merge()
        return _merge(results, done)


_SLOW: Any = object()


def _merge(results: dict[str, Any], done: dict[str, Any]) -> dict[str, Any]:
    # in the order of the selection; a field graphql-core skipped (unknown) stays out
    return {name: done[name] if value is _SLOW else value for name, value in results.items()
            if value is not _SLOW or name in done}
