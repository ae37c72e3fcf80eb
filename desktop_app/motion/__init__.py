"""The body in motion: poses as a pure function of (step, t), camera and scene, no Qt."""

from __future__ import annotations

from desktop_app.motion.camera import Camera, fit_camera, floor_bounds
from desktop_app.motion.export import poses_document
from desktop_app.motion.scene import Glow, Label, Scene, SceneBuilder, Shape, floor_shapes
from desktop_app.motion.skeleton import JOINT_NAMES, SPINE
from desktop_app.motion.timeline import (
    Part3Leader,
    Pose,
    Timeline,
    leader_label,
    orientation_words,
    timeline,
)

__all__ = [
    "JOINT_NAMES",
    "SPINE",
    "Camera",
    "Glow",
    "Label",
    "Part3Leader",
    "Pose",
    "Scene",
    "SceneBuilder",
    "Shape",
    "Timeline",
    "fit_camera",
    "floor_bounds",
    "floor_shapes",
    "leader_label",
    "orientation_words",
    "poses_document",
    "timeline",
]
