"""Categories: the tree (read by everybody, a subtree for filters) and its admin-made nodes."""

from __future__ import annotations

from models.catalog import Category
from resolvers.catalog.validation import text
from resolvers.errors import CatalogErrorCode as Code
from resolvers.errors import DomainError
from resolvers.permissions import Viewer, require_admin


async def category_with_descendants(category_id: int) -> list[int]:
    """The category and every category below it, at any depth (one query: the tree is small)."""
    children: dict[int, list[int]] = {}
    for cid, parent_id in await Category.all().values_list("id", "parent_id"):
        children.setdefault(parent_id, []).append(cid)
    found, todo = {category_id}, [category_id]
    while todo:
        for child in children.get(todo.pop(), []):
            if child not in found:  # a cycle in bad data must not loop forever
                found.add(child)
                todo.append(child)
    return sorted(found)


async def categories() -> list[Category]:
    return await Category.all().order_by("name")


async def category_create(viewer: Viewer, name: str, slug: str, parent_id: int | None) -> Category:
    require_admin(viewer, Code)
    name = text(name, "name", 120, required=True)
    slug = text(slug, "slug", 120, required=True).lower()
    if await Category.filter(slug=slug).exists():
        raise DomainError(Code.DUPLICATE_SLUG, "This slug is taken.", "slug")
    if parent_id is not None and not await Category.filter(id=parent_id).exists():
        raise DomainError(Code.NOT_FOUND, "No such parent category.", "parent")
    return await Category.create(name=name, slug=slug, parent_id=parent_id)
