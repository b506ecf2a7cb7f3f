"""Prints, as JSON, every block type this Gradio can put in a config: {type: [class names]}.

Every block class in gr.* and in every module of gradio.components, gradio.layouts and the
simple templates (a config can name those too: gr.Workflow puts gradio.components.api_component's
Api in its config) gives its config type through get_block_name(), an instance method
that reads only the class: it is called on an instance made without __init__. Base classes that
are never rendered (Component, FormComponent, BlockContext) and whole apps (gr.Blocks and its
subclasses) are left out."""
import importlib
import inspect
import json
import pkgutil

import gradio as gr
from gradio.blocks import Block, BlockContext, Blocks

MODULES = ["gradio.components", "gradio.layouts", "gradio._simple_templates"]
BASES = {"Component", "FormComponent", "IOComponent", "BlockContext", "Block"}


def block_types():
    modules = [gr]
    for name in MODULES:
        try:
            package = importlib.import_module(name)
        except ImportError:
            continue
        modules.append(package)
        for info in pkgutil.walk_packages(getattr(package, "__path__", []), f"{name}."):
            try:
                modules.append(importlib.import_module(info.name))
            except Exception:  # a module needing an optional dependency
                pass
    found = {}
    for module in modules:
        for name, cls in vars(module).items():
            if not inspect.isclass(cls) or not issubclass(cls, Block) or issubclass(cls, Blocks):
                continue
            if not cls.__module__.startswith("gradio.") or cls.__name__ in BASES or cls is BlockContext:
                continue
            if inspect.isabstract(cls):
                continue
            block_type = cls.get_block_name(cls.__new__(cls))
            found.setdefault(block_type, set()).add(cls.__name__)
    return {t: sorted(names) for t, names in sorted(found.items())}


print(json.dumps({"version": gr.__version__, "types": block_types()}))
